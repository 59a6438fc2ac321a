/* global window, document, ResizeObserver, MutationObserver */
/**
 * The frame half of the Custom UI bridge. The sandbox injects this script at the top of every app
 * frame, before the app's bundle, so that @forge/bridge finds `window.__bridge.callBridge` when it
 * is imported (it looks it up at import time). Calls travel to the shell with postMessage; the shell
 * answers each by request id. Callbacks cannot cross postMessage, so event listeners stay here and
 * only the subscription is registered with the shell. The frame also reports its height so that the
 * shell can size it like Jira does, and mirrors the shell's theme once the app enables theming.
 *
 * The frame is served from its own origin, not the shell's: it posts only to the shell's origin (the
 * frame listener writes it in for the placeholder below) and accepts only the parent's messages from there.
 */
(function installAccordBridge() {
  'use strict';
  if (window.__bridge && window.__bridge.accordSandbox) return;

  var parentWindow = window.parent;
  var shellOrigin = '__ACCORD_SHELL_ORIGIN__';
  var nextId = 1;
  var pending = new Map();
  var listeners = new Map();

  function send(message) {
    message.accordBridge = 1;
    parentWindow.postMessage(message, shellOrigin);
  }

  function request(name, payload) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending.set(id, { resolve: resolve, reject: reject, name: name });
      try {
        send({ kind: 'call', id: id, name: name, payload: payload });
      } catch (error) {
        pending.delete(id);
        reject(new Error('The bridge call "' + name + '" could not be sent to Jira: ' + (error && error.message ? error.message : String(error))));
      }
    });
  }

  function hasFunction(value, depth) {
    if (typeof value === 'function') return true;
    if (!value || typeof value !== 'object' || depth > 20) return false;
    return Object.keys(value).some(function (key) {
      return hasFunction(value[key], depth + 1);
    });
  }

  /** Copies a payload without its functions (modal onClose and similar stay in the frame). */
  function withoutFunctions(value, depth) {
    if (typeof value === 'function') return undefined;
    if (!value || typeof value !== 'object' || depth > 20) return value;
    if (Array.isArray(value)) {
      return value.map(function (item) {
        return withoutFunctions(item, depth + 1);
      });
    }
    if (Object.prototype.toString.call(value) !== '[object Object]') return value;
    var copy = {};
    Object.keys(value).forEach(function (key) {
      if (typeof value[key] !== 'function') copy[key] = withoutFunctions(value[key], depth + 1);
    });
    return copy;
  }

  function subscribe(kind, payload) {
    var event = payload && payload.event;
    var callback = payload && payload.callback;
    if (typeof event !== 'string' || typeof callback !== 'function') {
      return Promise.reject(new Error('events.on needs an event name and a callback.'));
    }
    var key = (kind === 'onPublic' ? 'public:' : '') + event;
    var set = listeners.get(key);
    var first = !set;
    if (!set) {
      set = new Set();
      listeners.set(key, set);
    }
    set.add(callback);
    var subscription = {
      unsubscribe: function () {
        var current = listeners.get(key);
        if (!current) return;
        current.delete(callback);
        if (current.size === 0) {
          listeners.delete(key);
          request(kind === 'onPublic' ? 'offPublic' : 'off', { event: event }).catch(function () {});
        }
      },
    };
    return (first ? request(kind, { event: event }) : Promise.resolve()).then(function () {
      return subscription;
    });
  }

  function callBridge(name, payload) {
    if (typeof name !== 'string') return Promise.reject(new Error('A bridge call needs a name.'));
    if (name === 'on' || name === 'onPublic') return subscribe(name, payload);
    if (name === 'invoke' && payload && hasFunction(payload.payload, 0)) {
      return Promise.reject(new Error('Passing functions as part of the payload is not supported!'));
    }
    return request(name, withoutFunctions(payload, 0));
  }

  var appliedStyles = new Set();
  function applyTheme(theme) {
    if (!theme || typeof theme !== 'object') return;
    var root = document.documentElement;
    var attributes = theme.attributes || {};
    Object.keys(attributes).forEach(function (name) {
      root.setAttribute(name, attributes[name]);
    });
    (theme.styles || []).forEach(function (style) {
      if (!style || appliedStyles.has(style.theme)) return;
      appliedStyles.add(style.theme);
      var element = document.createElement('style');
      element.setAttribute('data-theme', style.theme);
      element.textContent = style.css;
      (document.head || root).appendChild(element);
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== parentWindow || event.origin !== shellOrigin) return;
    var message = event.data;
    if (!message || message.accordBridge !== 1) return;
    if (message.kind === 'reply') {
      var waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.ok) {
        if (waiting.name === 'enableTheming') applyTheme(message.result);
        waiting.resolve(waiting.name === 'enableTheming' ? undefined : message.result);
      } else {
        waiting.reject(new Error(message.error));
      }
    } else if (message.kind === 'event') {
      var set = listeners.get(message.event);
      if (set) {
        set.forEach(function (callback) {
          try {
            callback(message.payload);
          } catch (error) {
            window.setTimeout(function () {
              throw error;
            });
          }
        });
      }
    } else if (message.kind === 'theme') {
      applyTheme(message.theme);
    }
  });

  // Height reporting: the shell sizes the iframe to its content, as Jira does for app panels.
  var lastHeight = -1;
  function reportHeight() {
    var body = document.body;
    if (!body) return;
    var style = window.getComputedStyle(body);
    var height = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop || '0') + parseFloat(style.marginBottom || '0'));
    if (height !== lastHeight) {
      lastHeight = height;
      send({ kind: 'resize', height: height });
    }
  }
  function watchSize() {
    reportHeight();
    if (typeof ResizeObserver === 'function') new ResizeObserver(reportHeight).observe(document.body);
    if (typeof MutationObserver === 'function') {
      new MutationObserver(reportHeight).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    window.addEventListener('load', reportHeight);
  }
  if (document.body) watchSize();
  else document.addEventListener('DOMContentLoaded', watchSize);

  window.__bridge = { callBridge: callBridge, accordSandbox: true };
})();
