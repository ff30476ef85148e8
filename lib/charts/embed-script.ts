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
