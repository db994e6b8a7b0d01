/* credibility batch dashboard: sort, filter and page the article table (one page in the DOM at
   a time, so 20,000 rows stay fast). Cells are set with textContent, never innerHTML. */
(function () {
  "use strict";
  var PATH = 0, TITLE = 1, SCORE = 2, CLAIMS = 3, ANON = 4, UNCORR = 5, ERROR = 6, HREF = 7,
    CONFLICTS = 8, GENRE = 9;
  var rows = JSON.parse(document.getElementById("rows").textContent);
  var table = document.getElementById("articles");
  var body = table.tBodies[0];
  var size = parseInt(table.getAttribute("data-page-size"), 10) || 100;
  var state = { key: SCORE, dir: 1, page: 0, text: "", errors: false };
  var view = rows;

  function compare(a, b) {
    var x = a[state.key], y = b[state.key];
    var xn = x === null || x === "", yn = y === null || y === "";
    if (xn || yn) { return xn === yn ? a[PATH].localeCompare(b[PATH]) : (xn ? 1 : -1); }
    var c = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return c * state.dir || a[PATH].localeCompare(b[PATH]);
  }

  function refilter() {
    var q = state.text.toLowerCase();
    view = rows.filter(function (r) {
      if (state.errors && !r[ERROR]) { return false; }
      return !q || r[PATH].toLowerCase().indexOf(q) >= 0 || r[TITLE].toLowerCase().indexOf(q) >= 0;
    });
    view.sort(compare);
    state.page = 0;
  }

  function cell(tr, text, cls) {
    var td = document.createElement("td");
    if (cls) { td.className = cls; }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function fmt(x, digits) { return x === null ? "" : x.toFixed(digits); }

  function draw() {
    var pages = Math.max(1, Math.ceil(view.length / size));
    state.page = Math.min(state.page, pages - 1);
    var start = state.page * size, slice = view.slice(start, start + size);
    var frag = document.createDocumentFragment();
    slice.forEach(function (r) {
      var tr = document.createElement("tr");
      var td = cell(tr, "", "path");
      var label = r[TITLE] || r[PATH];
      if (r[HREF]) {
        var a = document.createElement("a");
        a.setAttribute("href", r[HREF]);
        a.textContent = label;
        td.appendChild(a);
      } else {
        td.textContent = label;
      }
      if (r[TITLE]) {
        var small = document.createElement("div");
        small.className = "muted";
        small.textContent = r[PATH];
        td.appendChild(small);
      }
      cell(tr, fmt(r[SCORE], 1), "num");
      cell(tr, r[CLAIMS] === null ? "" : String(r[CLAIMS]), "num");
      cell(tr, r[ANON] === null ? "" : Math.round(r[ANON] * 100) + "%", "num");
      cell(tr, r[UNCORR] === null ? "" : String(r[UNCORR]), "num");
      cell(tr, r[CONFLICTS] === null || r[CONFLICTS] === undefined ? "" : String(r[CONFLICTS]),
           "num");
      cell(tr, r[GENRE] || "");
      cell(tr, r[ERROR], r[ERROR] ? "err" : "");
      frag.appendChild(tr);
    });
    while (body.firstChild) { body.removeChild(body.firstChild); }
    body.appendChild(frag);
    document.getElementById("range").textContent = view.length
      ? "rows " + (start + 1).toLocaleString("en") + "\u2013" + (start + slice.length).toLocaleString("en") +
        " of " + view.length.toLocaleString("en")
      : "no rows match";
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = state.page >= pages - 1;
  }

  table.querySelectorAll("th[data-key]").forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var key = parseInt(th.getAttribute("data-key"), 10);
      state.dir = key === state.key ? -state.dir : 1;
      state.key = key;
      table.querySelectorAll("th[data-key]").forEach(function (other) { other.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", state.dir === 1 ? "ascending" : "descending");
      view.sort(compare);
      state.page = 0;
      draw();
    });
  });
  document.getElementById("filter").addEventListener("input", function (e) {
    state.text = e.target.value;
    refilter();
    draw();
  });
  document.getElementById("only-errors").addEventListener("change", function (e) {
    state.errors = e.target.checked;
    refilter();
    draw();
  });
  document.getElementById("prev").addEventListener("click", function () { state.page -= 1; draw(); });
  document.getElementById("next").addEventListener("click", function () { state.page += 1; draw(); });
  refilter();
  draw();

  /* The outlet profile: rows are in the page; sorting only reorders them, by their data-*. */
  var outlets = document.getElementById("outlets");
  if (outlets) {
    var obody = outlets.tBodies[0], osort = { key: "claims", dir: -1 };
    var attr = function (key) { return "data-" + key.replace(/_/g, "-"); };
    var sortOutlets = function () {
      var text = osort.key === "outlet", name = attr(osort.key);
      var trs = Array.prototype.slice.call(obody.rows);
      trs.sort(function (a, b) {
        var x = a.getAttribute(name), y = b.getAttribute(name);
        var c = text ? x.localeCompare(y) : parseFloat(x) - parseFloat(y);
        return c * osort.dir || a.getAttribute("data-outlet").localeCompare(b.getAttribute("data-outlet"));
      });
      trs.forEach(function (tr) { obody.appendChild(tr); });
    };
    outlets.querySelectorAll("th[data-key]").forEach(function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = th.getAttribute("data-key");
        osort.dir = key === osort.key ? -osort.dir : (key === "outlet" ? 1 : -1);
        osort.key = key;
        outlets.querySelectorAll("th[data-key]").forEach(function (o) { o.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", osort.dir === 1 ? "ascending" : "descending");
        sortOutlets();
      });
    });
  }
})();
