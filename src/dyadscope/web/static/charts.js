// Explore's charts (vega-embed, CSP-safe expression interpreter) and map (Leaflet over the offline basemap).
"use strict";
(function () {
  const lang = document.body.dataset.lang || "en";
  const number = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB");
  const DA_NUMBER = {decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."]};
  const DA_TIME = {
    dateTime: "%A den %d %B %Y %X", date: "%d.%m.%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
    days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    shortDays: ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
    months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
      "november", "december"],
    shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
  };

  function charts() {
    if (!window.vegaEmbed || !window.vegaInterpreter) return;
    document.querySelectorAll("div.vega[data-spec]").forEach(function (el) {
      const source = document.getElementById(el.dataset.spec);
      if (!source) return;
      const options = {
        ast: true, expr: window.vegaInterpreter.expressionInterpreter, renderer: "svg",
        actions: false
      };
      if (lang === "da") { options.formatLocale = DA_NUMBER; options.timeFormatLocale = DA_TIME; }
      window.vegaEmbed(el, JSON.parse(source.textContent), options).then(function () {
        // The figure is one image named in the page's language (role="img", aria-label); Vega's marks are not.
        const svg = el.querySelector("svg");
        if (svg) svg.setAttribute("aria-hidden", "true");
      }).catch(function (err) {
        el.textContent = String(err);
      });
    });
  }

  function map() {
    const el = document.getElementById("map");
    if (!el || !window.L) return;
    Promise.all([
      fetch("/basemap.json").then(function (r) { return r.json(); }),
      fetch(el.dataset.points).then(function (r) { return r.json(); })
    ]).then(function (loaded) {
      const topo = loaded[0], data = loaded[1];
      el.textContent = "";
      const m = L.map(el, {attributionControl: true, worldCopyJump: false, zoomControl: false});
      L.control.zoom({zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut}).addTo(m);  // in the page's language
      m.attributionControl.setPrefix(false);
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {style: {color: "#ffffff", weight: 1, fillColor: "#dcdcdc", fillOpacity: 1}, interactive: false})
        .addTo(m);
      m.attributionControl.addAttribution("Natural Earth · world-atlas");
      const max = Math.max(1, ...data.cells.map(function (c) { return c.events; }));
      const layer = L.featureGroup();
      data.cells.forEach(function (c) {
        const radius = 3 + 22 * Math.sqrt(c.events / max);
        L.circleMarker([c.lat, c.lon], {radius: radius, color: "#ffffff", weight: 1, fillColor: "#0072b2",
          fillOpacity: 0.6})
          .bindTooltip(el.dataset.tip.replace("{events}", number.format(c.events)).replace("{deaths}", number.format(c.deaths))
            .replace("{top}", c.top_class).replace("{top_events}", number.format(c.top_class_events)))
          .addTo(layer);
      });
      layer.addTo(m);
      if (data.cells.length) m.fitBounds(layer.getBounds().pad(0.15)); else m.setView([20, 10], 2);
      const note = document.getElementById("map-note");
      if (note) note.textContent = el.dataset.note.replace("{cell}", String(data.cell_degrees).replace(".", lang === "da" ? "," : "."))
        .replace("{n}", number.format(data.without_coordinates));
    }).catch(function (err) { el.textContent = String(err); });
  }

  document.addEventListener("DOMContentLoaded", function () { charts(); map(); });
})();
