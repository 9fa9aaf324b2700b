// Behaviour the pages once declared inline (onclick=...), bound here: the security policy runs no inline script.
"use strict";
document.addEventListener("click", (event) => {
  const trigger = event.target instanceof Element ? event.target.closest("[data-print]") : null;
  if (trigger) {
    event.preventDefault();
    window.print();
  }
});
