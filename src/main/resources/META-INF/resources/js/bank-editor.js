// The bank editor: a link to #L<line> (from an error, or from another page) puts the caret on that line of the
// text area. Without JavaScript the same link lands on the numbered listing below the form.
(function () {
  'use strict';
  var area = document.getElementById('bank-content');
  if (!area) {
    return;
  }

  function goToLine(line) {
    var lines = area.value.split('\n');
    var target = Math.max(1, Math.min(line, lines.length));
    var offset = 0;
    for (var i = 0; i < target - 1; i++) {
      offset += lines[i].length + 1;
    }
    area.focus();
    area.setSelectionRange(offset, offset + lines[target - 1].length);
    // Scroll the text area so that the line sits near the top third.
    var lineHeight = area.scrollHeight / Math.max(lines.length, 1);
    area.scrollTop = Math.max(0, (target - 1) * lineHeight - area.clientHeight / 3);
    area.scrollIntoView({ block: 'center' });
  }

  function fromHash() {
    var match = /^#L(\d+)$/.exec(window.location.hash);
    if (match) {
      goToLine(parseInt(match[1], 10));
    }
  }

  window.addEventListener('hashchange', fromHash);
  fromHash();
}());
