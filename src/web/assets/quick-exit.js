// SPDX-License-Identifier: EUPL-1.2
// "Snel weg": leave for a neutral site and replace this page in the history, so the back button
// does not return here. Without JavaScript the same button is a plain link that still leaves.
/* global window, document */
;(function () {
  'use strict'
  var links = document.querySelectorAll('a[data-quick-exit]')
  function leave(target) {
    document.body.classList.add('wgw-leaving')
    window.location.replace(target)
  }
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function (event) {
      event.preventDefault()
      leave(event.currentTarget.href)
    })
  }
  // Pressing Escape twice within a second also leaves (announced in the button's description).
  var lastEscape = 0
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || links.length === 0) {
      return
    }
    var now = Date.now()
    if (now - lastEscape < 1000) {
      leave(links[0].href)
    }
    lastEscape = now
  })
})()
