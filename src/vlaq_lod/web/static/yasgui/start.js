// Start YASGUI on this endpoint with one tab per example query (vlaq-lod's own file, not vendored).
// The configuration comes from a JSON data block, so the page needs no inline script.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("sparql-config").textContent);
  // The prefix, class and property autocompleters fetch from prefix.cc and LOV: keep the page on this site.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
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
  window.yasgui = yasgui;
})();
