// Progressive enhancement of the attempt page: a live countdown, and a submit when the time runs out.
// Without JavaScript the page works the same; the server closes overdue attempts by itself.
(function () {
  'use strict';
  var box = document.getElementById('countdown');
  var out = document.getElementById('time-left');
  var form = document.getElementById('attempt-form');
  if (!box || !out || !form) {
    return;
  }
  var deadline = Date.parse(box.getAttribute('data-deadline'));
  var submitted = false;

  function words(ms) {
    var total = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(total / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    return (h > 0 ? h + ' h ' : '') + (h > 0 || m > 0 ? m + ' min ' : '') + s + ' s';
  }

  function tick() {
    var left = deadline - Date.now();
    out.textContent = words(left);
    if (left <= 60000) {
      box.classList.add('countdown-urgent');
    }
    if (left <= 0 && !submitted) {
      submitted = true;
      var button = document.getElementById('submit-attempt');
      if (button && form.requestSubmit) {
        form.requestSubmit(button);
      } else if (button) {
        button.click();
      }
      return;
    }
    // The last wait ends at the deadline itself, so that the submit arrives well within the server's grace.
    window.setTimeout(tick, Math.max(50, Math.min(1000, left)));
  }
  tick();
})();
