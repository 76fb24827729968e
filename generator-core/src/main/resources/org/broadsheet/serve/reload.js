// Broadsheet preview: reloads this page when the site has been rebuilt.
// Served by `broadsheet serve` only, and added only to the pages it serves; built files never contain it.
const events = new EventSource("/__broadsheet/reload");
let server = null;

// "hello" carries the server's instance: a different one after a reconnect means the preview restarted.
events.addEventListener("hello", (event) => {
  if (server !== null && server !== event.data) {
    location.reload();
  }
  server = event.data;
});
events.addEventListener("reload", () => location.reload());
