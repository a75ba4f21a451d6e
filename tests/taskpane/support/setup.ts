/**
 * Test setup the component tests import first. `scheduler` is a peer of Fluent's context selector that
 * npm left nested under react-dom; point the bare name at that copy when it is not installed on its own.
 */
jest.mock(
  'scheduler',
  () => {
    try {
      return jest.requireActual('scheduler');
    } catch {
      return jest.requireActual(require.resolve('scheduler', { paths: [require.resolve('react-dom')] }));
    }
  },
  { virtual: true },
);

export {};
