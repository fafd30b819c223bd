// Shows the times the server wrote in UTC (<time class="local-time" datetime="...Z">) in the reader's own time zone.
// The datetime attribute, the API and the exports keep UTC; without JavaScript the UTC text stays as it is.
(function () {
  'use strict';
  var format = new Intl.DateTimeFormat(undefined, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  function localise(root) {
    var times = root.querySelectorAll('time.local-time[datetime]');
    for (var i = 0; i < times.length; i++) {
      var when = new Date(times[i].getAttribute('datetime'));
      if (!isNaN(when.getTime())) {
        if (!times[i].title) {
          times[i].title = times[i].textContent;
        }
        times[i].textContent = format.format(when);
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { localise(document); });
  } else {
    localise(document);
  }
})();
