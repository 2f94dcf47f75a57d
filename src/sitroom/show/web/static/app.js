/* sitroom pages: the evidence tooltip and the network drawing. No dependencies, no
   requests but to this server. Text goes into the page with textContent only. */
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function showTip(el) {
    var text = el.getAttribute("data-evidence");
    if (!tip || !text) return;
    tip.textContent = text;
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    tip.style.left = Math.max(4, r.left + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hideTip() { if (tip) tip.hidden = true; }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-evidence]") : null;
    if (el) showTip(el); else hideTip();
  });
  document.addEventListener("focusin", function (ev) {
    if (ev.target.hasAttribute && ev.target.hasAttribute("data-evidence")) showTip(ev.target);
  });
  document.addEventListener("focusout", hideTip);

  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = { event: "#c8693a", statement: "#3a78c8" };

  function layout(nodes, edges, w, h) {
    var n = nodes.length, i, j, k;
    nodes.forEach(function (node, idx) {
      var a = 2 * Math.PI * idx / Math.max(1, n);
      node.x = w / 2 + (w / 3) * Math.cos(a); node.y = h / 2 + (h / 3) * Math.sin(a);
    });
    var index = {}; nodes.forEach(function (node, idx) { index[node.id] = idx; });
    var ideal = Math.sqrt((w * h) / Math.max(1, n)) * 0.6;
    for (k = 0; k < 250; k++) {
      var t = 12 * (1 - k / 250) + 0.5, dx, dy, d, f;
      var fx = new Array(n).fill(0), fy = new Array(n).fill(0);
      for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) {
        dx = nodes[i].x - nodes[j].x; dy = nodes[i].y - nodes[j].y;
        d = Math.max(1, Math.sqrt(dx * dx + dy * dy)); f = ideal * ideal / d;
        fx[i] += dx / d * f; fy[i] += dy / d * f; fx[j] -= dx / d * f; fy[j] -= dy / d * f;
      }
      edges.forEach(function (e) {
        var a = index[e.source], b = index[e.target];
        dx = nodes[a].x - nodes[b].x; dy = nodes[a].y - nodes[b].y;
        d = Math.max(1, Math.sqrt(dx * dx + dy * dy)); f = d * d / ideal;
        fx[a] -= dx / d * f; fy[a] -= dy / d * f; fx[b] += dx / d * f; fy[b] += dy / d * f;
      });
      for (i = 0; i < n; i++) {
        d = Math.max(1, Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]));
        nodes[i].x = Math.min(w - 40, Math.max(40, nodes[i].x + fx[i] / d * Math.min(d, t)));
        nodes[i].y = Math.min(h - 20, Math.max(20, nodes[i].y + fy[i] / d * Math.min(d, t)));
      }
    }
  }

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    return e;
  }

  function draw(svg, data, minWeight) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var edges = data.edges.filter(function (e) { return e.weight >= minWeight; }).slice(0, 300);
    var used = {}; edges.forEach(function (e) { used[e.source] = 1; used[e.target] = 1; });
    var nodes = data.nodes.filter(function (node) { return used[node.id]; })
      .map(function (node) { return { id: node.id, name: node.name, weight: node.weight }; });
    layout(nodes, edges, 1000, 700);
    var at = {}; nodes.forEach(function (node) { at[node.id] = node; });
    edges.forEach(function (e) {
      var line = el("line", { x1: at[e.source].x, y1: at[e.source].y, x2: at[e.target].x, y2: at[e.target].y,
        stroke: COLOURS[e.kind] || "#888", "stroke-width": Math.min(8, 0.6 + Math.log(1 + e.weight) * 1.4) });
      var title = el("title", {}); title.textContent = at[e.source].name + " → " + at[e.target].name + ": " + e.weight + " " + e.kind + (e.weight > 1 ? "s" : "");
      line.appendChild(title); svg.appendChild(line);
    });
    nodes.forEach(function (node) {
      var g = el("g", { "class": "node", "data-id": node.id });
      var c = el("circle", { cx: node.x, cy: node.y, r: Math.min(16, 3 + Math.sqrt(node.weight)) });
      var title = el("title", {}); title.textContent = node.name + " (" + node.weight + ")"; c.appendChild(title);
      var label = el("text", { x: node.x + 8, y: node.y - 6 }); label.textContent = node.name;
      g.appendChild(c); g.appendChild(label); svg.appendChild(g);
    });
    return { nodes: nodes.length, edges: edges.length };
  }

  var svg = document.getElementById("network");
  if (svg) {
    var status = document.getElementById("net-status");
    var form = document.getElementById("net-filter");
    var show = function (data) {
      var min = form ? parseInt(form.elements.min.value, 10) || 1 : 1;
      var drawn = draw(svg, data, min);
      if (status) status.textContent = drawn.nodes + " actors, " + drawn.edges + " links (of " + data.edges.length + ")";
    };
    var embedded = document.getElementById("network-data");
    if (embedded) show(JSON.parse(embedded.textContent));
    if (form && window.fetch) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var q = new URLSearchParams();
        ["kind", "type", "since", "until"].forEach(function (k) { if (form.elements[k].value) q.set(k, form.elements[k].value); });
        fetch("/api/network?" + q.toString(), { credentials: "same-origin" })
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (r) { if (r.ok) show(r.body); else if (status) status.textContent = r.body.detail || "error"; });
      });
    }
  }
})();
