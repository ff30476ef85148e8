import { EMBED_FRAME_ATTRIBUTE, EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE } from "./urls";

/**
 * The host page's side of a responsive embed, served at /embed.js: it sets each marked iframe's
 * height from the height its embed page posts, checking that the message comes from that very
 * frame and the origin its src names. Loaded after the frames have reported (async, or pasted
 * later in the page), it asks them again. Plain ES5, no dependencies, a few hundred bytes: it runs
 * in newsrooms' pages, whatever else they load. Several copies on one page install one listener.
 */
export function embedHostScript(): string {
  return `(function () {
  if (window.__alumniAtlasEmbeds) return;
  window.__alumniAtlasEmbeds = true;
  var selector = "iframe[${EMBED_FRAME_ATTRIBUTE}]";
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "${EMBED_HEIGHT_MESSAGE}" || typeof data.height !== "number") return;
    var frames = document.querySelectorAll(selector);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      var height = Math.max(120, Math.min(6000, Math.ceil(data.height)));
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
    }
  });
  function ping() {
    var frames = document.querySelectorAll(selector);
    for (var i = 0; i < frames.length; i++) {
      var origin = originOf(frames[i]);
      if (origin && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "${EMBED_PING_MESSAGE}" }, origin);
    }
  }
  ping();
  if (document.readyState !== "complete") window.addEventListener("load", ping);
})();
`;
}

/**
 * The chart embed's only script, inline in its page (app/embed/charts/[chart]/route.tsx), allowed
 * by its hash in the embed's Content-Security-Policy: it does what EmbedFrame and ChartHover do on
 * the site's pages without shipping React. It reports the page's height to the page that frames it
 * whenever it changes (fonts, a resized host) and again when the host script asks; heights are not
 * secret, so any parent may read them. And pointing at (or tapping) a bar shows its label and value,
 * growing inwards near either edge.
 */
export const EMBED_FRAME_SCRIPT = `(function () {
  var main = document.querySelector("main");
  if (main && window.parent !== window) {
    var last = 0;
    var report = function (force) {
      var height = Math.ceil(main.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      window.parent.postMessage({ type: "${EMBED_HEIGHT_MESSAGE}", height: height }, "*");
    };
    new ResizeObserver(function () { report(false); }).observe(main);
    window.addEventListener("message", function (event) {
      if (event.source === window.parent && event.data && event.data.type === "${EMBED_PING_MESSAGE}") report(true);
    });
    report(true);
  }
  var areas = document.querySelectorAll("[data-chart-hover]");
  for (var i = 0; i < areas.length; i++) (function (area) {
    var tip = null;
    var hide = function () { if (tip) { tip.remove(); tip = null; } };
    var show = function (event) {
      var mark = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
      if (!mark) return hide();
      var box = area.getBoundingClientRect();
      var bar = mark.getBoundingClientRect();
      var x = bar.left + bar.width / 2 - box.left;
      if (!tip) {
        tip = document.createElement("div");
        tip.setAttribute("aria-hidden", "true");
        tip.setAttribute("data-testid", "chart-tooltip");
        area.appendChild(tip);
      }
      var align = x < box.width * 0.2 ? "translate-x-0" : x > box.width * 0.8 ? "-translate-x-full" : "-translate-x-1/2";
      tip.className = "pointer-events-none absolute z-10 -translate-y-full rounded bg-ink px-2 py-1 text-xs whitespace-nowrap text-paper shadow " + align;
      tip.textContent = mark.getAttribute("data-tip") || "";
      tip.style.left = x + "px";
      tip.style.top = bar.top - box.top - 4 + "px";
    };
    area.addEventListener("pointermove", show);
    area.addEventListener("pointerdown", show);
    area.addEventListener("pointerleave", hide);
  })(areas[i]);
})();`;
