/* credibility article page: claim details on hover and keyboard focus; source highlighting.
   Builds everything with textContent, never innerHTML: article text stays text. */
(function () {
  "use strict";
  var tip = document.getElementById("tip");

  function detail(id) { return document.getElementById("detail-" + id); }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    return node;
  }

  function showTip(mark) {
    var id = mark.getAttribute("data-claim");
    var item = detail(id);
    if (!item) { return; }
    var status = item.querySelector(".badge").textContent;
    var source = item.querySelector(".claim-source").textContent.replace(/\s+/g, " ").trim();
    var score = item.querySelector(".claim-score b").textContent;
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    tip.appendChild(el("strong", id + " \u00b7 " + status + " \u00b7 score " + score));
    tip.appendChild(el("div", source));
    var list = el("ul");
    item.querySelectorAll(".reasons li").forEach(function (li) {
      list.appendChild(el("li", li.textContent));
    });
    tip.appendChild(list);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + box.left,
      window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }

  function hideTip() { tip.hidden = true; }

  function claimOf(target) {
    return target && target.closest ? target.closest("mark.claim") : null;
  }

  var text = document.getElementById("article-text");
  if (text) {
    text.addEventListener("mouseover", function (e) { var m = claimOf(e.target); if (m) { showTip(m); } });
    text.addEventListener("mouseout", function (e) {
      var m = claimOf(e.target);
      if (m && !m.contains(e.relatedTarget)) { hideTip(); }
    });
    text.addEventListener("focusin", function (e) { var m = claimOf(e.target); if (m) { showTip(m); } });
    text.addEventListener("focusout", hideTip);
  }
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });

  /* Sources: pressing a source marks its mentions and claims, in the text and in the list. */
  var buttons = document.querySelectorAll(".source-btn");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      var id = button.getAttribute("data-source");
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      document.querySelectorAll(".lit").forEach(function (n) { n.classList.remove("lit"); });
      if (!on) { return; }
      button.setAttribute("aria-pressed", "true");
      document.querySelectorAll("[data-source]").forEach(function (n) {
        if (n.getAttribute("data-source") === id && !n.classList.contains("source-btn")) {
          n.classList.add("lit");
          var item = n.hasAttribute("data-claim") ? detail(n.getAttribute("data-claim")) : null;
          if (item) { item.classList.add("lit"); }
        }
      });
    });
  });
})();
