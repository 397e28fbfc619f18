/* Suggestions for the header search box: the ARIA 1.2 combobox pattern with a listbox.
   Without this script the box is a plain search form. Arrow keys move through the
   suggestions (aria-activedescendant keeps focus in the box), Enter opens the chosen
   one, Escape closes the list (a second Escape clears the box). */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autocomplete-url]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = document.getElementById("site-search-suggestions");
  var status = document.getElementById("site-search-status");
  var url = form.getAttribute("data-autocomplete-url");
  var DELAY = 200;
  var MIN_LENGTH = 2;
  var timer = null;
  var controller = null;
  var active = -1;
  var lastQuery = "";

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  function options() {
    return list.querySelectorAll("[role=option]");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    var items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) {
      item.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function announce(count) {
    if (count === 0) status.textContent = status.getAttribute("data-none");
    else if (count === 1) status.textContent = status.getAttribute("data-one");
    else status.textContent = status.getAttribute("data-many").replace("%(count)s", count);
  }

  function render(results) {
    list.textContent = "";
    results.forEach(function (result, i) {
      var item = document.createElement("li");
      item.id = "site-search-option-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.setAttribute("data-url", result.url);
      var title = document.createElement("span");
      title.className = "site-search__suggestion-title";
      title.textContent = result.title;
      var type = document.createElement("span");
      type.className = "site-search__suggestion-type";
      type.textContent = result.type;
      item.appendChild(title);
      item.appendChild(type);
      item.addEventListener("mousedown", function (event) {
        event.preventDefault(); /* keep focus in the box */
        window.location.assign(result.url);
      });
      list.appendChild(item);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    announce(results.length);
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    if (query.length < MIN_LENGTH) {
      list.textContent = "";
      status.textContent = "";
      close();
      return;
    }
    controller = new AbortController();
    fetch(url + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        if (data.query === input.value.trim().slice(0, 100)) render(data.results);
      })
      .catch(function () {
        /* Aborted or offline: the form still submits to the results page. */
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, DELAY);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      if (!open && options().length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      if (options().length) {
        event.preventDefault();
        setActive(active + 1);
      }
    } else if (event.key === "ArrowUp") {
      if (open) {
        event.preventDefault();
        setActive(active - 1);
      }
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].getAttribute("data-url"));
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        lastQuery = "";
      }
    }
  });

  input.addEventListener("blur", function () {
    close();
  });
})();
