import { changesOf } from '../../src/taskpane/services/portFactory';
import { FakePort } from './support/fakePort';

describe('change events from a port', () => {
  it('are none when the port offers none (the check then runs on demand)', () => {
    expect(changesOf(new FakePort())).toBeUndefined();
  });

  it('are the port’s onChanged, with its unsubscribe', () => {
    const listeners = new Set<() => void>();
    const port = Object.assign(new FakePort(), {
      onChanged(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    const watch = changesOf(port);
    let heard = 0;
    const stop = watch?.(() => heard++);
    listeners.forEach((listener) => listener());
    stop?.();
    listeners.forEach((listener) => listener());
    expect(heard).toBe(1);
    expect(listeners.size).toBe(0);
  });
});
