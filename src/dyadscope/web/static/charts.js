// Explore's charts (vega-embed, CSP-safe expression interpreter) and map (Leaflet over the offline basemap).
"use strict";
(function () {
  const lang = document.body.dataset.lang || "en";
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
      window.vegaEmbed(el, JSON.parse(source.textContent), options).catch(function (err) {
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
      const m = L.map(el, {attributionControl: true, worldCopyJump: false});
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
          .bindTooltip(c.events + " · " + c.deaths + " † · " + c.top_class + " (" + c.top_class_events + ")")
          .addTo(layer);
      });
      layer.addTo(m);
      if (data.cells.length) m.fitBounds(layer.getBounds().pad(0.15)); else m.setView([20, 10], 2);
      const note = document.getElementById("map-note");
      if (note) note.textContent = el.dataset.note.replace("{cell}", String(data.cell_degrees).replace(".", lang === "da" ? "," : "."))
        .replace("{n}", data.without_coordinates);
    }).catch(function (err) { el.textContent = String(err); });
  }

  document.addEventListener("DOMContentLoaded", function () { charts(); map(); });
})();
