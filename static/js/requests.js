// While someone describes a knowledge gap, show similar requests and courses.
// The server renders the list (same template as without JavaScript); a short summary
// goes to a polite live region, so screen reader users hear that it changed.
(() => {
  const form = document.querySelector("form[data-similar-url]");
  const target = document.getElementById("similar-items");
  const status = document.getElementById("similar-status");
  if (!form || !target || !status) return;

  const fields = ["title", "description"].map((name) => form.elements[name]).filter(Boolean);
  const DELAY = 400;
  let timer = null;
  let controller = null;
  let lastQuery = null;

  async function refresh() {
    const params = new URLSearchParams();
    fields.forEach((field) => params.set(field.name, field.value));
    const query = params.toString();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${form.dataset.similarUrl}?${query}`, {
        signal: controller.signal,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      if (!response.ok) return;
      target.innerHTML = await response.text();
      const summary = target.querySelector("[data-similar-summary]");
      status.textContent = summary ? summary.dataset.similarSummary : "";
    } catch (error) {
      // Aborted by newer typing, or offline: the form still works without suggestions.
      if (error.name !== "AbortError") lastQuery = null;
    }
  }

  fields.forEach((field) =>
    field.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, DELAY);
    }),
  );
})();
