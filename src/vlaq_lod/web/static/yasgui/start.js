// Start YASGUI on this endpoint with one tab per example query (vlaq-lod's own file, not vendored).
// The configuration comes from a JSON data block, so the page needs no inline script.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("sparql-config").textContent);
  // The prefix, class and property autocompleters fetch from prefix.cc and LOV: keep the page on this site.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  // Tab leaves the editor (keyboard users are not trapped in it); Ctrl-Enter still runs the query.
  Yasgui.Yasqe.defaults.extraKeys = Object.assign({}, Yasgui.Yasqe.defaults.extraKeys, {
    Tab: false, "Shift-Tab": false
  });
  Yasgui.Yasqe.defaults.screenReaderLabel = "SPARQL-query";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    autoAddOnInit: config.examples.length === 0,
    persistenceId: null,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: config.endpoint }]; }
    }
  });
  config.examples.forEach(function (example, index) {
    yasgui.addTab(index === 0, {
      name: example.title,
      yasqe: { value: example.query },
      requestConfig: { endpoint: config.endpoint, method: "POST" }
    });
  });

  // What YASGUI draws, made readable: the editor's input gets a name, and a literal shows as its value
  // ("25661", not "25661"^^xsd:decimal) with its datatype or language as a tooltip.
  function tidy(root) {
    root.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach(function (input) {
      input.setAttribute("aria-label", "SPARQL-query");
    });
    // The tab strip is a list of links here: YASGUI's tablist roles point at panels it never names.
    root.querySelectorAll(".tabsList[role]").forEach(function (list) { list.removeAttribute("role"); });
    root.querySelectorAll(".tabsList [role=tab]").forEach(function (tab) {
      ["role", "aria-controls", "aria-selected"].forEach(function (name) { tab.removeAttribute(name); });
    });
    root.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (input) {
      input.setAttribute("aria-label", "SPARQL-endpoint");
    });
    root.querySelectorAll(".CodeMirror-scroll:not([aria-label])").forEach(function (area) {
      area.setAttribute("tabindex", "0");  // a scrolled query can be scrolled from the keyboard too
      area.setAttribute("aria-label", "SPARQL-query, scrollen");
    });
    root.querySelectorAll(".yasr span.nonIri:not([data-vlaq])").forEach(function (cell) {
      cell.setAttribute("data-vlaq", "");
      var sup = cell.querySelector("sup");
      if (!sup) { return; }
      var kind = sup.textContent.replace(/^\^\^/, "datatype ").replace(/^@/, "taal ")
        .replace(/<http:\/\/www\.w3\.org\/2001\/XMLSchema#([^>]+)>/, "xsd:$1");
      sup.remove();
      cell.textContent = cell.textContent.replace(/^"([\s\S]*)"$/, "$1");
      cell.title = kind;
    });
  }
  new MutationObserver(function () { tidy(document); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });
  tidy(document);
  window.yasgui = yasgui;
})();
