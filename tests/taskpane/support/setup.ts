/**
 * Imported first by every component test: what jsdom lacks and the pane uses goes here. Today that is
 * only scrollIntoView (the sheet view scrolls the selected cell into view).
 */
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // jsdom has no layout: nothing to scroll.
  };
}

export {};
