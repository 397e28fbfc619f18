// Measures active learning time on a course page and reports it to the server.
// Time counts while the tab is visible and the learner has done something (scrolled,
// typed, moved the pointer) in the last IDLE_MS; it is credited to the section most in
// view and sent every REPORT_EVERY seconds, when the section changes and when the page
// is hidden. The server caps what it credits (see docs/learning-records.md).
(function () {
  "use strict";
  var IDLE_MS = 3 * 60 * 1000;
  var REPORT_EVERY = 30;
  var article = document.querySelector("[data-time-url]");
  if (!article || !("IntersectionObserver" in window) || !navigator.sendBeacon) return;
  var token = document.querySelector("input[name=csrfmiddlewaretoken]");
  var sections = Array.prototype.slice.call(article.querySelectorAll("[data-section]"));
  if (!token || !sections.length) return;

  var url = article.getAttribute("data-time-url");
  var course = article.getAttribute("data-course");
  var current = sections[0].getAttribute("data-section");
  var ratios = {};
  var seconds = 0;
  var lastActivity = Date.now();

  function report() {
    if (!seconds) return;
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token.value);
    body.append("course", course);
    body.append("section", current);
    body.append("seconds", String(Math.min(seconds, 60)));
    seconds = 0;
    navigator.sendBeacon(url, body);
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      ratios[entry.target.getAttribute("data-section")] = entry.intersectionRatio;
    });
    var best = current;
    var bestRatio = 0;
    Object.keys(ratios).forEach(function (id) {
      if (ratios[id] > bestRatio) {
        best = id;
        bestRatio = ratios[id];
      }
    });
    if (best !== current) {
      report();
      current = best;
    }
  }, { threshold: [0, 0.25, 0.5, 0.75, 1] });
  sections.forEach(function (section) { observer.observe(section); });

  ["scroll", "keydown", "pointermove", "pointerdown"].forEach(function (type) {
    window.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true });
  });
  window.setInterval(function () {
    if (document.visibilityState === "visible" && Date.now() - lastActivity < IDLE_MS) {
      seconds += 1;
      if (seconds >= REPORT_EVERY) report();
    }
  }, 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") report();
  });
  window.addEventListener("pagehide", report);
})();
