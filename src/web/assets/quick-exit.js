// SPDX-License-Identifier: EUPL-1.2
// "Snel weg" (quick exit), after what GOV.UK learned with its "Exit this page" component:
// - the exit blanks the page at once and leaves for a neutral site with location.replace, so this
//   page is not in the history behind it (without JavaScript the bar is a plain link that leaves);
// - Shift pressed three times in a row leaves too (Escape is no shortcut: it also stops the next
//   page from loading, and other widgets use it); each press is shown and announced;
// - on the pages a victim or bystander reads (data-private-paths), moving around the site replaces
//   the history entry as well, so Back after leaving does not return into the site.
// What no script can do (the history list itself, earlier visits) is said on /veilig-internetten.
/* global window, document */
;(function () {
  'use strict'
  var bar = document.querySelector('[data-exit-bar]')
  var exit = bar && bar.querySelector('a[data-quick-exit]')
  if (!bar || !exit) {
    return
  }
  var status = bar.querySelector('[data-exit-status]')
  var PRESSES = 3
  var WINDOW_MS = 5000

  function leave() {
    document.documentElement.classList.add('wgw-leaving')
    document.title = '…'
    window.location.replace(exit.href)
  }

  exit.addEventListener('click', function (event) {
    event.preventDefault()
    leave()
  })

  // Shift x3: only Shift presses with no other key between them, within five seconds.
  var count = 0
  var first = 0
  function say(text) {
    if (status) {
      status.textContent = text
    }
  }
  function reset() {
    count = 0
    bar.removeAttribute('data-presses')
    say('')
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      if (count > 0) {
        reset()
      }
      return
    }
    if (event.repeat) {
      return
    }
    var now = Date.now()
    if (count === 0 || now - first > WINDOW_MS) {
      count = 0
      first = now
    }
    count += 1
    if (count >= PRESSES) {
      say(bar.getAttribute('data-leaving-text') || '')
      leave()
      return
    }
    bar.setAttribute('data-presses', String(count))
    say((bar.getAttribute('data-presses-text') || '').replace('{n}', String(PRESSES - count)))
  })
  // The shortcut works now: say so next to the bar's link (hidden until this script runs).
  var hint = bar.querySelector('[data-exit-hint]')
  if (hint) {
    hint.removeAttribute('hidden')
    exit.setAttribute('aria-describedby', (exit.getAttribute('aria-describedby') || '') + ' ' + hint.id)
  }

  // Keep a visit to the private pages out of the history: same-site links replace the entry.
  var privatePaths = (bar.getAttribute('data-private-paths') || '').split(' ')
  function neutralPath(path) {
    // Any language prefix: /pl/hulp and /ar/hulp/kaart are private pages like /hulp; the English
    // words (/en/help) are in the list as well.
    var p = path.replace(/^\/[a-z]{2}(?=\/|$)/, '')
    return p === '' ? '/' : p
  }
  function isPrivate(path) {
    return privatePaths.indexOf(neutralPath(path)) !== -1
  }
  var here = isPrivate(window.location.pathname)
  document.addEventListener('click', function (event) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return
    }
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null
    if (
      !link ||
      link === exit ||
      link.target ||
      link.hasAttribute('download') ||
      link.origin !== window.location.origin
    ) {
      return
    }
    if (!here && !isPrivate(link.pathname)) {
      return
    }
    if (link.pathname === window.location.pathname && link.search === window.location.search && link.hash !== '') {
      return // a jump within the page
    }
    event.preventDefault()
    window.location.replace(link.href)
  })
})()
