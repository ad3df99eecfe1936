// Every htmx request carries the session's CSRF token (from the page's <meta>), as the console's filter chain requires.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A live page says whether its stream is open (body[data-sse="open"]), for the people watching it and for the tests.
document.addEventListener("htmx:sseOpen", function () {
  document.body.dataset.sse = "open";
});
document.addEventListener("htmx:sseError", function () {
  document.body.dataset.sse = "error";
});
