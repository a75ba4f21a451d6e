/**
 * Imported first by every component test: what jsdom lacks and the pane uses goes here (scrollIntoView: the
 * sheet view scrolls the selected cell into view; TextDecoder, ReadableStream and DecompressionStream: the
 * preview's .xlsx reader inflates and decodes the file's parts with them, as every browser can), and how long `findBy…`/`waitFor` wait. A panel loads on first use,
 * and on a loaded machine compiling its module for the test takes seconds: the default second made such
 * tests fail for the machine, not the code. They still fail when what they wait for never comes.
 */
import { configure } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import {
  DecompressionStream as NodeDecompressionStream,
  ReadableStream as NodeReadableStream,
} from 'node:stream/web';

configure({ asyncUtilTimeout: 15_000 });

if (typeof globalThis.TextDecoder === 'undefined') {
  globalThis.TextDecoder = NodeTextDecoder as unknown as typeof globalThis.TextDecoder;
}
if (typeof globalThis.DecompressionStream === 'undefined') {
  globalThis.DecompressionStream =
    NodeDecompressionStream as unknown as typeof globalThis.DecompressionStream;
  globalThis.ReadableStream = NodeReadableStream as unknown as typeof globalThis.ReadableStream;
}

if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // jsdom has no layout: nothing to scroll.
  };
}
