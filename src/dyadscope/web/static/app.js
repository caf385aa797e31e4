// dyadscope web: the little JavaScript every page uses (copy buttons). No inline scripts: the CSP forbids them.
"use strict";
document.addEventListener("click", function (event) {
  const button = event.target.closest("button.copy");
  if (!button) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(function () {
    const label = button.textContent;
    button.textContent = button.dataset.done;
    setTimeout(function () { button.textContent = label; }, 1500);
  });
});
