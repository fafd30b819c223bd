// Progressive enhancement of the attempt page (AttemptPage/sheet.html). Without JavaScript the page works the same
// through its buttons: Save (the whole form, back to the question), Flag (a submit button), Submit for grading (a
// summary page to confirm), and the server closes overdue attempts by itself. With it:
// - a live countdown, and a submit when the time runs out;
// - autosave: the whole form is posted to /attempts/{id}/autosave 800 ms after the last change, and at once when the
//   page is hidden or left (fetch with keepalive); the answer updates the "N of M answered" counter;
// - flags toggle in place (/attempts/{id}/flag), the button's aria-pressed saying their state;
// - "Submit for grading" saves, then shows the summary in a <dialog> whose "Submit now" submits the form.
// Both endpoints take the form's own CSRF token, like every form of the site; nothing here is inline (our CSP).
(function () {
  'use strict';
  var form = document.getElementById('attempt-form');
  if (!form) {
    return;
  }
  var base = form.getAttribute('action');
  var submitNow = document.getElementById('submit-now');
  var AUTOSAVE_PAUSE_MS = 800;

  // --- Countdown -------------------------------------------------------------------------------------------------
  (function countdown() {
    var box = document.getElementById('countdown');
    var out = document.getElementById('time-left');
    if (!box || !out) {
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
        // Out of time there is nothing to confirm: submit with the answers as they stand.
        cancelAutosave();
        if (submitNow && form.requestSubmit) {
          form.requestSubmit(submitNow);
        } else if (submitNow) {
          submitNow.click();
        }
        return;
      }
      // The last wait ends at the deadline itself, so that the submit arrives well within the server's grace.
      window.setTimeout(tick, Math.max(50, Math.min(1000, left)));
    }
    tick();
  })();

  // --- Autosave --------------------------------------------------------------------------------------------------
  var status = document.getElementById('save-status');
  var counter = document.getElementById('answered-count');
  var timer = null;
  var dirty = false;
  var leaving = false;
  var chain = Promise.resolve(null);
  var lastStatuses = null;

  function csrfFields() {
    var token = form.querySelector('input[type="hidden"]');
    var fields = new URLSearchParams();
    if (token) {
      fields.append(token.name, token.value);
    }
    return fields;
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function cancelAutosave() {
    if (timer) {
      window.clearTimeout(timer);
      timer = null;
    }
    dirty = false;
    leaving = true;
  }

  function post(path, body, keepalive) {
    return window.fetch(base + path, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      keepalive: !!keepalive,
      headers: { 'Accept': 'application/json' }
    });
  }

  function show(saved) {
    lastStatuses = saved.statuses;
    if (counter) {
      counter.textContent = String(saved.answered);
    }
    var refused = Object.keys(saved.refused || {});
    if (refused.length === 0) {
      say('Saved.');
    } else {
      var places = saved.statuses.filter(function (q) { return refused.indexOf(q.questionId) >= 0; })
        .map(function (q) { return q.position; });
      say('Not saved: question ' + places.join(', ') + ' (press Save under it to see why).');
    }
  }

  // One save at a time, in order: the last one always carries the latest state of the form.
  function saveNow(keepalive) {
    if (timer) {
      window.clearTimeout(timer);
      timer = null;
    }
    dirty = false;
    var body = new URLSearchParams(new FormData(form));
    chain = chain.then(function () {
      return post('/autosave', body, keepalive).then(function (response) {
        if (response.status === 409) {
          // Submitted elsewhere or out of time: the review says what counted.
          say('This attempt is closed.');
          if (!leaving) {
            window.location.assign(base + '/review');
          }
          return null;
        }
        if (!response.ok) {
          dirty = true;
          say(response.status === 429 ? 'Not saved yet: too many saves at once; trying again shortly.'
            : 'Not saved (the server answered ' + response.status + '); press Save to keep your answers.');
          if (response.status === 429 && !leaving) {
            schedule(5000);
          }
          return null;
        }
        return response.json().then(function (saved) {
          show(saved);
          return saved;
        });
      }, function () {
        dirty = true;
        say('Not saved: the server cannot be reached; press Save when you are back online.');
        return null;
      });
    });
    return chain;
  }

  function schedule(wait) {
    dirty = true;
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(function () {
      timer = null;
      saveNow(false);
    }, wait);
  }

  function changed(event) {
    if (leaving || !event.target.name || event.target.type === 'hidden') {
      return;
    }
    say('');
    schedule(AUTOSAVE_PAUSE_MS);
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // A button that sends the form (Save, Flag without this script, Submit now) carries every answer itself.
  form.addEventListener('submit', cancelAutosave);

  function flushOnLeave() {
    if (dirty && !leaving) {
      saveNow(true);
    }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      flushOnLeave();
    }
  });
  window.addEventListener('pagehide', flushOnLeave);

  // --- Flags -----------------------------------------------------------------------------------------------------
  form.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.button-flag') : null;
    if (!button) {
      return;
    }
    event.preventDefault();
    var section = button.closest('section.question');
    var flagged = button.getAttribute('aria-pressed') !== 'true';
    var question = section.getAttribute('data-question');
    setFlag(button, section, flagged);
    var body = csrfFields();
    body.append('question', question);
    body.append('flagged', String(flagged));
    post('/flag', body, false).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      say(flagged ? 'Flagged to come back to.' : 'Flag removed.');
      if (lastStatuses) {
        lastStatuses.forEach(function (q) {
          if (q.questionId === question) {
            q.flagged = flagged;
          }
        });
      }
    }).catch(function () {
      setFlag(button, section, !flagged);
      say('The flag could not be saved; try again.');
    });
  });

  function setFlag(button, section, flagged) {
    button.setAttribute('aria-pressed', String(flagged));
    button.value = (flagged ? 'unflag:' : 'flag:') + section.getAttribute('data-question');
    section.classList.toggle('question-flagged', flagged);
  }

  // --- Confirm before submitting ---------------------------------------------------------------------------------
  var opener = document.getElementById('submit-attempt');
  var dialog = document.getElementById('confirm-dialog');
  if (!opener || !dialog || typeof dialog.showModal !== 'function') {
    return; // Without <dialog>, the button leads to the summary page, as without JavaScript.
  }
  var counts = document.getElementById('confirm-counts');
  var list = document.getElementById('confirm-list');

  var busy = false;
  var goingTo = null;

  opener.addEventListener('click', function (event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    saveNow(false).then(function (saved) {
      busy = false;
      if (!saved) {
        // Not saved: the summary page saves the form and shows the same summary.
        form.requestSubmit ? form.requestSubmit(opener) : opener.click();
        return;
      }
      fill(saved.statuses);
      dialog.showModal();
      submitNow.focus();
    });
  });

  function fill(statuses) {
    var answered = statuses.filter(function (q) { return q.answered; }).length;
    var flagged = statuses.filter(function (q) { return q.flagged; }).length;
    counts.textContent = answered + ' answered · ' + (statuses.length - answered) + ' blank · ' + flagged
      + ' flagged to come back to';
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    statuses.forEach(function (q) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#question-' + q.position;
      link.textContent = 'Question ' + q.position;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        backTo(q.position);
      });
      item.appendChild(link);
      item.appendChild(document.createTextNode(': ' + (q.answered ? 'answered' : 'blank')
        + (q.flagged ? ', flagged' : '')));
      list.appendChild(item);
    });
  }

  // Closing the dialog puts focus back on its opener; a link to a question moves it to that question instead.
  function backTo(position) {
    goingTo = position;
    dialog.close();
  }

  document.getElementById('confirm-back').addEventListener('click', function () {
    dialog.close();
  });
  dialog.addEventListener('close', function () {
    var section = goingTo === null ? null : document.getElementById('question-' + goingTo);
    goingTo = null;
    if (!section) {
      opener.focus();
      return;
    }
    window.history.replaceState(null, '', '#' + section.id);
    section.scrollIntoView();
    var control = section.querySelector('input:not([type="hidden"]), select, textarea, button');
    if (control) {
      control.focus({ preventScroll: true });
    }
  });
})();
