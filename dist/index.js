import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 95803:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { websocketMask, websocketUnmask } = __nccwpck_require__(58611);

const { EMPTY_BUFFER } = __nccwpck_require__(71791);

const FastBuffer = Buffer[Symbol.species];

/**
 * Merges an array of buffers into a new buffer.
 *
 * @param {Buffer[]} list The array of buffers to concat
 * @param {Number} totalLength The total length of buffers in the list
 * @return {Buffer} The resulting buffer
 * @public
 */
function concat(list, totalLength) {
  if (list.length === 0) return EMPTY_BUFFER;
  if (list.length === 1) return list[0];

  const target = Buffer.allocUnsafe(totalLength);
  let offset = 0;

  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    target.set(buf, offset);
    offset += buf.length;
  }

  if (offset < totalLength) {
    return new FastBuffer(target.buffer, target.byteOffset, offset);
  }

  return target;
}

/**
 * Masks a buffer using the given mask.
 *
 * @param {Buffer} source The buffer to mask
 * @param {Buffer} mask The mask to use
 * @param {Buffer} output The buffer where to store the result
 * @param {Number} offset The offset at which to start writing
 * @param {Number} length The number of bytes to mask.
 * @public
 */
function _mask(source, mask, output, offset, length) {
  for (let i = 0; i < length; i++) {
    output[offset + i] = source[i] ^ mask[i & 3];
  }
}

/**
 * Unmasks a buffer using the given mask.
 *
 * @param {Buffer} buffer The buffer to unmask
 * @param {Buffer} mask The mask to use
 * @public
 */
function _unmask(buffer, mask) {
  for (let i = 0; i < buffer.length; i++) {
    buffer[i] ^= mask[i & 3];
  }
}

/**
 * Converts a buffer to an `ArrayBuffer`.
 *
 * @param {Buffer} buf The buffer to convert
 * @return {ArrayBuffer} Converted buffer
 * @public
 */
function toArrayBuffer(buf) {
  if (buf.length === buf.buffer.byteLength) {
    return buf.buffer;
  }

  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
}

/**
 * Converts `data` to a `Buffer`.
 *
 * @param {*} data The data to convert
 * @return {Buffer} The buffer
 * @throws {TypeError}
 * @public
 */
function toBuffer(data) {
  toBuffer.readOnly = true;

  if (Buffer.isBuffer(data)) return data;

  let buf;

  if (data instanceof ArrayBuffer) {
    buf = new FastBuffer(data);
  } else if (ArrayBuffer.isView(data)) {
    buf = new FastBuffer(data.buffer, data.byteOffset, data.byteLength);
  } else {
    buf = Buffer.from(data);
    toBuffer.readOnly = false;
  }

  return buf;
}

module.exports = {
  concat,
  mask: _mask,
  toArrayBuffer,
  toBuffer,
  unmask: _unmask
};

if (websocketMask) {
  module.exports.mask = function (source, mask, output, offset, length) {
    if (length < 24) _mask(source, mask, output, offset, length);
    else websocketMask(source, mask, output, offset, length);
  };

  module.exports.unmask = function (buffer, mask) {
    if (buffer.length < 24) _unmask(buffer, mask);
    else websocketUnmask(buffer, mask);
  };
} /* istanbul ignore else  */ else if (!process.env.WS_NO_BUFFER_UTIL) {
  try {
    const bufferUtil = __nccwpck_require__(18327);

    module.exports.mask = function (source, mask, output, offset, length) {
      if (length < 48) _mask(source, mask, output, offset, length);
      else bufferUtil.mask(source, mask, output, offset, length);
    };

    module.exports.unmask = function (buffer, mask) {
      if (buffer.length < 32) _unmask(buffer, mask);
      else bufferUtil.unmask(buffer, mask);
    };
  } catch (e) {
    // Continue regardless of the error.
  }
}


/***/ }),

/***/ 71791:
/***/ ((module) => {



const BINARY_TYPES = ['nodebuffer', 'arraybuffer', 'fragments'];
const hasBlob = typeof Blob !== 'undefined';

if (hasBlob) BINARY_TYPES.push('blob');

module.exports = {
  BINARY_TYPES,
  CLOSE_TIMEOUT: 30000,
  EMPTY_BUFFER: Buffer.alloc(0),
  GUID: '258EAFA5-E914-47DA-95CA-C5AB0DC85B11',
  hasBlob,
  kForOnEventAttribute: Symbol('kIsForOnEventAttribute'),
  kListener: Symbol('kListener'),
  kStatusCode: Symbol('status-code'),
  kWebSocket: Symbol('websocket'),
  NOOP: () => {}
};


/***/ }),

/***/ 34634:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { kForOnEventAttribute, kListener } = __nccwpck_require__(71791);

const kCode = Symbol('kCode');
const kData = Symbol('kData');
const kError = Symbol('kError');
const kMessage = Symbol('kMessage');
const kReason = Symbol('kReason');
const kTarget = Symbol('kTarget');
const kType = Symbol('kType');
const kWasClean = Symbol('kWasClean');

/**
 * Class representing an event.
 */
class Event {
  /**
   * Create a new `Event`.
   *
   * @param {String} type The name of the event
   * @throws {TypeError} If the `type` argument is not specified
   */
  constructor(type) {
    this[kTarget] = null;
    this[kType] = type;
  }

  /**
   * @type {*}
   */
  get target() {
    return this[kTarget];
  }

  /**
   * @type {String}
   */
  get type() {
    return this[kType];
  }
}

Object.defineProperty(Event.prototype, 'target', { enumerable: true });
Object.defineProperty(Event.prototype, 'type', { enumerable: true });

/**
 * Class representing a close event.
 *
 * @extends Event
 */
class CloseEvent extends Event {
  /**
   * Create a new `CloseEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {Number} [options.code=0] The status code explaining why the
   *     connection was closed
   * @param {String} [options.reason=''] A human-readable string explaining why
   *     the connection was closed
   * @param {Boolean} [options.wasClean=false] Indicates whether or not the
   *     connection was cleanly closed
   */
  constructor(type, options = {}) {
    super(type);

    this[kCode] = options.code === undefined ? 0 : options.code;
    this[kReason] = options.reason === undefined ? '' : options.reason;
    this[kWasClean] = options.wasClean === undefined ? false : options.wasClean;
  }

  /**
   * @type {Number}
   */
  get code() {
    return this[kCode];
  }

  /**
   * @type {String}
   */
  get reason() {
    return this[kReason];
  }

  /**
   * @type {Boolean}
   */
  get wasClean() {
    return this[kWasClean];
  }
}

Object.defineProperty(CloseEvent.prototype, 'code', { enumerable: true });
Object.defineProperty(CloseEvent.prototype, 'reason', { enumerable: true });
Object.defineProperty(CloseEvent.prototype, 'wasClean', { enumerable: true });

/**
 * Class representing an error event.
 *
 * @extends Event
 */
class ErrorEvent extends Event {
  /**
   * Create a new `ErrorEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {*} [options.error=null] The error that generated this event
   * @param {String} [options.message=''] The error message
   */
  constructor(type, options = {}) {
    super(type);

    this[kError] = options.error === undefined ? null : options.error;
    this[kMessage] = options.message === undefined ? '' : options.message;
  }

  /**
   * @type {*}
   */
  get error() {
    return this[kError];
  }

  /**
   * @type {String}
   */
  get message() {
    return this[kMessage];
  }
}

Object.defineProperty(ErrorEvent.prototype, 'error', { enumerable: true });
Object.defineProperty(ErrorEvent.prototype, 'message', { enumerable: true });

/**
 * Class representing a message event.
 *
 * @extends Event
 */
class MessageEvent extends Event {
  /**
   * Create a new `MessageEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {*} [options.data=null] The message content
   */
  constructor(type, options = {}) {
    super(type);

    this[kData] = options.data === undefined ? null : options.data;
  }

  /**
   * @type {*}
   */
  get data() {
    return this[kData];
  }
}

Object.defineProperty(MessageEvent.prototype, 'data', { enumerable: true });

/**
 * This provides methods for emulating the `EventTarget` interface. It's not
 * meant to be used directly.
 *
 * @mixin
 */
const EventTarget = {
  /**
   * Register an event listener.
   *
   * @param {String} type A string representing the event type to listen for
   * @param {(Function|Object)} handler The listener to add
   * @param {Object} [options] An options object specifies characteristics about
   *     the event listener
   * @param {Boolean} [options.once=false] A `Boolean` indicating that the
   *     listener should be invoked at most once after being added. If `true`,
   *     the listener would be automatically removed when invoked.
   * @public
   */
  addEventListener(type, handler, options = {}) {
    for (const listener of this.listeners(type)) {
      if (
        !options[kForOnEventAttribute] &&
        listener[kListener] === handler &&
        !listener[kForOnEventAttribute]
      ) {
        return;
      }
    }

    let wrapper;

    if (type === 'message') {
      wrapper = function onMessage(data, isBinary) {
        const event = new MessageEvent('message', {
          data: isBinary ? data : data.toString()
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'close') {
      wrapper = function onClose(code, message) {
        const event = new CloseEvent('close', {
          code,
          reason: message.toString(),
          wasClean: this._closeFrameReceived && this._closeFrameSent
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'error') {
      wrapper = function onError(error) {
        const event = new ErrorEvent('error', {
          error,
          message: error.message
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'open') {
      wrapper = function onOpen() {
        const event = new Event('open');

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else {
      return;
    }

    wrapper[kForOnEventAttribute] = !!options[kForOnEventAttribute];
    wrapper[kListener] = handler;

    if (options.once) {
      this.once(type, wrapper);
    } else {
      this.on(type, wrapper);
    }
  },

  /**
   * Remove an event listener.
   *
   * @param {String} type A string representing the event type to remove
   * @param {(Function|Object)} handler The listener to remove
   * @public
   */
  removeEventListener(type, handler) {
    for (const listener of this.listeners(type)) {
      if (listener[kListener] === handler && !listener[kForOnEventAttribute]) {
        this.removeListener(type, listener);
        break;
      }
    }
  }
};

module.exports = {
  CloseEvent,
  ErrorEvent,
  Event,
  EventTarget,
  MessageEvent
};

/**
 * Call an event listener
 *
 * @param {(Function|Object)} listener The listener to call
 * @param {*} thisArg The value to use as `this`` when calling the listener
 * @param {Event} event The event to pass to the listener
 * @private
 */
function callListener(listener, thisArg, event) {
  if (typeof listener === 'object' && listener.handleEvent) {
    listener.handleEvent.call(listener, event);
  } else {
    listener.call(thisArg, event);
  }
}


/***/ }),

/***/ 61335:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { tokenChars } = __nccwpck_require__(26615);

/**
 * Adds an offer to the map of extension offers or a parameter to the map of
 * parameters.
 *
 * @param {Object} dest The map of extension offers or parameters
 * @param {String} name The extension or parameter name
 * @param {(Object|Boolean|String)} elem The extension parameters or the
 *     parameter value
 * @private
 */
function push(dest, name, elem) {
  if (dest[name] === undefined) dest[name] = [elem];
  else dest[name].push(elem);
}

/**
 * Parses the `Sec-WebSocket-Extensions` header into an object.
 *
 * @param {String} header The field value of the header
 * @return {Object} The parsed object
 * @public
 */
function parse(header) {
  const offers = Object.create(null);
  let params = Object.create(null);
  let mustUnescape = false;
  let isEscaping = false;
  let inQuotes = false;
  let extensionName;
  let paramName;
  let start = -1;
  let code = -1;
  let end = -1;
  let i = 0;

  for (; i < header.length; i++) {
    code = header.charCodeAt(i);

    if (extensionName === undefined) {
      if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (
        i !== 0 &&
        (code === 0x20 /* ' ' */ || code === 0x09) /* '\t' */
      ) {
        if (end === -1 && start !== -1) end = i;
      } else if (code === 0x3b /* ';' */ || code === 0x2c /* ',' */) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        const name = header.slice(start, end);
        if (code === 0x2c) {
          push(offers, name, params);
          params = Object.create(null);
        } else {
          extensionName = name;
        }

        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    } else if (paramName === undefined) {
      if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (code === 0x20 || code === 0x09) {
        if (end === -1 && start !== -1) end = i;
      } else if (code === 0x3b || code === 0x2c) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        push(params, header.slice(start, end), true);
        if (code === 0x2c) {
          push(offers, extensionName, params);
          params = Object.create(null);
          extensionName = undefined;
        }

        start = end = -1;
      } else if (code === 0x3d /* '=' */ && start !== -1 && end === -1) {
        paramName = header.slice(start, i);
        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    } else {
      //
      // The value of a quoted-string after unescaping must conform to the
      // token ABNF, so only token characters are valid.
      // Ref: https://tools.ietf.org/html/rfc6455#section-9.1
      //
      if (isEscaping) {
        if (tokenChars[code] !== 1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }
        if (start === -1) start = i;
        else if (!mustUnescape) mustUnescape = true;
        isEscaping = false;
      } else if (inQuotes) {
        if (tokenChars[code] === 1) {
          if (start === -1) start = i;
        } else if (code === 0x22 /* '"' */ && start !== -1) {
          inQuotes = false;
          end = i;
        } else if (code === 0x5c /* '\' */) {
          isEscaping = true;
        } else {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }
      } else if (code === 0x22 && header.charCodeAt(i - 1) === 0x3d) {
        inQuotes = true;
      } else if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (start !== -1 && (code === 0x20 || code === 0x09)) {
        if (end === -1) end = i;
      } else if (code === 0x3b || code === 0x2c) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        let value = header.slice(start, end);
        if (mustUnescape) {
          value = value.replace(/\\/g, '');
          mustUnescape = false;
        }
        push(params, paramName, value);
        if (code === 0x2c) {
          push(offers, extensionName, params);
          params = Object.create(null);
          extensionName = undefined;
        }

        paramName = undefined;
        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    }
  }

  if (start === -1 || inQuotes || code === 0x20 || code === 0x09) {
    throw new SyntaxError('Unexpected end of input');
  }

  if (end === -1) end = i;
  const token = header.slice(start, end);
  if (extensionName === undefined) {
    push(offers, token, params);
  } else {
    if (paramName === undefined) {
      push(params, token, true);
    } else if (mustUnescape) {
      push(params, paramName, token.replace(/\\/g, ''));
    } else {
      push(params, paramName, token);
    }
    push(offers, extensionName, params);
  }

  return offers;
}

/**
 * Builds the `Sec-WebSocket-Extensions` header field value.
 *
 * @param {Object} extensions The map of extensions and parameters to format
 * @return {String} A string representing the given object
 * @public
 */
function format(extensions) {
  return Object.keys(extensions)
    .map((extension) => {
      let configurations = extensions[extension];
      if (!Array.isArray(configurations)) configurations = [configurations];
      return configurations
        .map((params) => {
          return [extension]
            .concat(
              Object.keys(params).map((k) => {
                let values = params[k];
                if (!Array.isArray(values)) values = [values];
                return values
                  .map((v) => (v === true ? k : `${k}=${v}`))
                  .join('; ');
              })
            )
            .join('; ');
        })
        .join(', ');
    })
    .join(', ');
}

module.exports = { format, parse };


/***/ }),

/***/ 10958:
/***/ ((module) => {



const kDone = Symbol('kDone');
const kRun = Symbol('kRun');

/**
 * A very simple job queue with adjustable concurrency. Adapted from
 * https://github.com/STRML/async-limiter
 */
class Limiter {
  /**
   * Creates a new `Limiter`.
   *
   * @param {Number} [concurrency=Infinity] The maximum number of jobs allowed
   *     to run concurrently
   */
  constructor(concurrency) {
    this[kDone] = () => {
      this.pending--;
      this[kRun]();
    };
    this.concurrency = concurrency || Infinity;
    this.jobs = [];
    this.pending = 0;
  }

  /**
   * Adds a job to the queue.
   *
   * @param {Function} job The job to run
   * @public
   */
  add(job) {
    this.jobs.push(job);
    this[kRun]();
  }

  /**
   * Removes a job from the queue and runs it if possible.
   *
   * @private
   */
  [kRun]() {
    if (this.pending === this.concurrency) return;

    if (this.jobs.length) {
      const job = this.jobs.shift();

      this.pending++;
      job(this[kDone]);
    }
  }
}

module.exports = Limiter;


/***/ }),

/***/ 4376:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const zlib = __nccwpck_require__(43106);

const bufferUtil = __nccwpck_require__(95803);
const Limiter = __nccwpck_require__(10958);
const { kStatusCode } = __nccwpck_require__(71791);

const FastBuffer = Buffer[Symbol.species];
const TRAILER = Buffer.from([0x00, 0x00, 0xff, 0xff]);
const kPerMessageDeflate = Symbol('permessage-deflate');
const kTotalLength = Symbol('total-length');
const kCallback = Symbol('callback');
const kBuffers = Symbol('buffers');
const kError = Symbol('error');

//
// We limit zlib concurrency, which prevents severe memory fragmentation
// as documented in https://github.com/nodejs/node/issues/8871#issuecomment-250915913
// and https://github.com/websockets/ws/issues/1202
//
// Intentionally global; it's the global thread pool that's an issue.
//
let zlibLimiter;

/**
 * permessage-deflate implementation.
 */
class PerMessageDeflate {
  /**
   * Creates a PerMessageDeflate instance.
   *
   * @param {Object} [options] Configuration options
   * @param {(Boolean|Number)} [options.clientMaxWindowBits] Advertise support
   *     for, or request, a custom client window size
   * @param {Boolean} [options.clientNoContextTakeover=false] Advertise/
   *     acknowledge disabling of client context takeover
   * @param {Number} [options.concurrencyLimit=10] The number of concurrent
   *     calls to zlib
   * @param {Boolean} [options.isServer=false] Create the instance in either
   *     server or client mode
   * @param {Number} [options.maxPayload=0] The maximum allowed message length
   * @param {(Boolean|Number)} [options.serverMaxWindowBits] Request/confirm the
   *     use of a custom server window size
   * @param {Boolean} [options.serverNoContextTakeover=false] Request/accept
   *     disabling of server context takeover
   * @param {Number} [options.threshold=1024] Size (in bytes) below which
   *     messages should not be compressed if context takeover is disabled
   * @param {Object} [options.zlibDeflateOptions] Options to pass to zlib on
   *     deflate
   * @param {Object} [options.zlibInflateOptions] Options to pass to zlib on
   *     inflate
   */
  constructor(options) {
    this._options = options || {};
    this._threshold =
      this._options.threshold !== undefined ? this._options.threshold : 1024;
    this._maxPayload = this._options.maxPayload | 0;
    this._isServer = !!this._options.isServer;
    this._deflate = null;
    this._inflate = null;

    this.params = null;

    if (!zlibLimiter) {
      const concurrency =
        this._options.concurrencyLimit !== undefined
          ? this._options.concurrencyLimit
          : 10;
      zlibLimiter = new Limiter(concurrency);
    }
  }

  /**
   * @type {String}
   */
  static get extensionName() {
    return 'permessage-deflate';
  }

  /**
   * Create an extension negotiation offer.
   *
   * @return {Object} Extension parameters
   * @public
   */
  offer() {
    const params = {};

    if (this._options.serverNoContextTakeover) {
      params.server_no_context_takeover = true;
    }
    if (this._options.clientNoContextTakeover) {
      params.client_no_context_takeover = true;
    }
    if (this._options.serverMaxWindowBits) {
      params.server_max_window_bits = this._options.serverMaxWindowBits;
    }
    if (this._options.clientMaxWindowBits) {
      params.client_max_window_bits = this._options.clientMaxWindowBits;
    } else if (this._options.clientMaxWindowBits == null) {
      params.client_max_window_bits = true;
    }

    return params;
  }

  /**
   * Accept an extension negotiation offer/response.
   *
   * @param {Array} configurations The extension negotiation offers/reponse
   * @return {Object} Accepted configuration
   * @public
   */
  accept(configurations) {
    configurations = this.normalizeParams(configurations);

    this.params = this._isServer
      ? this.acceptAsServer(configurations)
      : this.acceptAsClient(configurations);

    return this.params;
  }

  /**
   * Releases all resources used by the extension.
   *
   * @public
   */
  cleanup() {
    if (this._inflate) {
      this._inflate.close();
      this._inflate = null;
    }

    if (this._deflate) {
      const callback = this._deflate[kCallback];

      this._deflate.close();
      this._deflate = null;

      if (callback) {
        callback(
          new Error(
            'The deflate stream was closed while data was being processed'
          )
        );
      }
    }
  }

  /**
   *  Accept an extension negotiation offer.
   *
   * @param {Array} offers The extension negotiation offers
   * @return {Object} Accepted configuration
   * @private
   */
  acceptAsServer(offers) {
    const opts = this._options;
    const accepted = offers.find((params) => {
      if (
        (opts.serverNoContextTakeover === false &&
          params.server_no_context_takeover) ||
        (params.server_max_window_bits &&
          (opts.serverMaxWindowBits === false ||
            (typeof opts.serverMaxWindowBits === 'number' &&
              opts.serverMaxWindowBits > params.server_max_window_bits))) ||
        (typeof opts.clientMaxWindowBits === 'number' &&
          (typeof params.client_max_window_bits === 'number'
            ? opts.clientMaxWindowBits > params.client_max_window_bits
            : !params.client_max_window_bits))
      ) {
        return false;
      }

      return true;
    });

    if (!accepted) {
      throw new Error('None of the extension offers can be accepted');
    }

    if (opts.serverNoContextTakeover) {
      accepted.server_no_context_takeover = true;
    }
    if (opts.clientNoContextTakeover) {
      accepted.client_no_context_takeover = true;
    }
    if (typeof opts.serverMaxWindowBits === 'number') {
      accepted.server_max_window_bits = opts.serverMaxWindowBits;
    }
    if (typeof opts.clientMaxWindowBits === 'number') {
      accepted.client_max_window_bits = opts.clientMaxWindowBits;
    } else if (
      accepted.client_max_window_bits === true ||
      opts.clientMaxWindowBits === false
    ) {
      delete accepted.client_max_window_bits;
    }

    return accepted;
  }

  /**
   * Accept the extension negotiation response.
   *
   * @param {Array} response The extension negotiation response
   * @return {Object} Accepted configuration
   * @private
   */
  acceptAsClient(response) {
    const params = response[0];

    if (
      this._options.clientNoContextTakeover === false &&
      params.client_no_context_takeover
    ) {
      throw new Error('Unexpected parameter "client_no_context_takeover"');
    }

    if (!params.client_max_window_bits) {
      if (typeof this._options.clientMaxWindowBits === 'number') {
        params.client_max_window_bits = this._options.clientMaxWindowBits;
      }
    } else if (
      this._options.clientMaxWindowBits === false ||
      (typeof this._options.clientMaxWindowBits === 'number' &&
        params.client_max_window_bits > this._options.clientMaxWindowBits)
    ) {
      throw new Error(
        'Unexpected or invalid parameter "client_max_window_bits"'
      );
    }

    return params;
  }

  /**
   * Normalize parameters.
   *
   * @param {Array} configurations The extension negotiation offers/reponse
   * @return {Array} The offers/response with normalized parameters
   * @private
   */
  normalizeParams(configurations) {
    configurations.forEach((params) => {
      Object.keys(params).forEach((key) => {
        let value = params[key];

        if (value.length > 1) {
          throw new Error(`Parameter "${key}" must have only a single value`);
        }

        value = value[0];

        if (key === 'client_max_window_bits') {
          if (value !== true) {
            const num = +value;
            if (!Number.isInteger(num) || num < 8 || num > 15) {
              throw new TypeError(
                `Invalid value for parameter "${key}": ${value}`
              );
            }
            value = num;
          } else if (!this._isServer) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
        } else if (key === 'server_max_window_bits') {
          const num = +value;
          if (!Number.isInteger(num) || num < 8 || num > 15) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
          value = num;
        } else if (
          key === 'client_no_context_takeover' ||
          key === 'server_no_context_takeover'
        ) {
          if (value !== true) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
        } else {
          throw new Error(`Unknown parameter "${key}"`);
        }

        params[key] = value;
      });
    });

    return configurations;
  }

  /**
   * Decompress data. Concurrency limited.
   *
   * @param {Buffer} data Compressed data
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @public
   */
  decompress(data, fin, callback) {
    zlibLimiter.add((done) => {
      this._decompress(data, fin, (err, result) => {
        done();
        callback(err, result);
      });
    });
  }

  /**
   * Compress data. Concurrency limited.
   *
   * @param {(Buffer|String)} data Data to compress
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @public
   */
  compress(data, fin, callback) {
    zlibLimiter.add((done) => {
      this._compress(data, fin, (err, result) => {
        done();
        callback(err, result);
      });
    });
  }

  /**
   * Decompress data.
   *
   * @param {Buffer} data Compressed data
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @private
   */
  _decompress(data, fin, callback) {
    const endpoint = this._isServer ? 'client' : 'server';

    if (!this._inflate) {
      const key = `${endpoint}_max_window_bits`;
      const windowBits =
        typeof this.params[key] !== 'number'
          ? zlib.Z_DEFAULT_WINDOWBITS
          : this.params[key];

      this._inflate = zlib.createInflateRaw({
        ...this._options.zlibInflateOptions,
        windowBits
      });
      this._inflate[kPerMessageDeflate] = this;
      this._inflate[kTotalLength] = 0;
      this._inflate[kBuffers] = [];
      this._inflate.on('error', inflateOnError);
      this._inflate.on('data', inflateOnData);
    }

    this._inflate[kCallback] = callback;

    this._inflate.write(data);
    if (fin) this._inflate.write(TRAILER);

    this._inflate.flush(() => {
      const err = this._inflate[kError];

      if (err) {
        this._inflate.close();
        this._inflate = null;
        callback(err);
        return;
      }

      const data = bufferUtil.concat(
        this._inflate[kBuffers],
        this._inflate[kTotalLength]
      );

      if (this._inflate._readableState.endEmitted) {
        this._inflate.close();
        this._inflate = null;
      } else {
        this._inflate[kTotalLength] = 0;
        this._inflate[kBuffers] = [];

        if (fin && this.params[`${endpoint}_no_context_takeover`]) {
          this._inflate.reset();
        }
      }

      callback(null, data);
    });
  }

  /**
   * Compress data.
   *
   * @param {(Buffer|String)} data Data to compress
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @private
   */
  _compress(data, fin, callback) {
    const endpoint = this._isServer ? 'server' : 'client';

    if (!this._deflate) {
      const key = `${endpoint}_max_window_bits`;
      const windowBits =
        typeof this.params[key] !== 'number'
          ? zlib.Z_DEFAULT_WINDOWBITS
          : this.params[key];

      this._deflate = zlib.createDeflateRaw({
        ...this._options.zlibDeflateOptions,
        windowBits
      });

      this._deflate[kTotalLength] = 0;
      this._deflate[kBuffers] = [];

      this._deflate.on('data', deflateOnData);
    }

    this._deflate[kCallback] = callback;

    this._deflate.write(data);
    this._deflate.flush(zlib.Z_SYNC_FLUSH, () => {
      if (!this._deflate) {
        //
        // The deflate stream was closed while data was being processed.
        //
        return;
      }

      let data = bufferUtil.concat(
        this._deflate[kBuffers],
        this._deflate[kTotalLength]
      );

      if (fin) {
        data = new FastBuffer(data.buffer, data.byteOffset, data.length - 4);
      }

      //
      // Ensure that the callback will not be called again in
      // `PerMessageDeflate#cleanup()`.
      //
      this._deflate[kCallback] = null;

      this._deflate[kTotalLength] = 0;
      this._deflate[kBuffers] = [];

      if (fin && this.params[`${endpoint}_no_context_takeover`]) {
        this._deflate.reset();
      }

      callback(null, data);
    });
  }
}

module.exports = PerMessageDeflate;

/**
 * The listener of the `zlib.DeflateRaw` stream `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function deflateOnData(chunk) {
  this[kBuffers].push(chunk);
  this[kTotalLength] += chunk.length;
}

/**
 * The listener of the `zlib.InflateRaw` stream `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function inflateOnData(chunk) {
  this[kTotalLength] += chunk.length;

  if (
    this[kPerMessageDeflate]._maxPayload < 1 ||
    this[kTotalLength] <= this[kPerMessageDeflate]._maxPayload
  ) {
    this[kBuffers].push(chunk);
    return;
  }

  this[kError] = new RangeError('Max payload size exceeded');
  this[kError].code = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
  this[kError][kStatusCode] = 1009;
  this.removeListener('data', inflateOnData);

  //
  // The choice to employ `zlib.reset()` over `zlib.close()` is dictated by the
  // fact that in Node.js versions prior to 13.10.0, the callback for
  // `zlib.flush()` is not called if `zlib.close()` is used. Utilizing
  // `zlib.reset()` ensures that either the callback is invoked or an error is
  // emitted.
  //
  this.reset();
}

/**
 * The listener of the `zlib.InflateRaw` stream `'error'` event.
 *
 * @param {Error} err The emitted error
 * @private
 */
function inflateOnError(err) {
  //
  // There is no need to call `Zlib#close()` as the handle is automatically
  // closed when an error is emitted.
  //
  this[kPerMessageDeflate]._inflate = null;

  if (this[kError]) {
    this[kCallback](this[kError]);
    return;
  }

  err[kStatusCode] = 1007;
  this[kCallback](err);
}


/***/ }),

/***/ 20893:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { Writable } = __nccwpck_require__(2203);

const PerMessageDeflate = __nccwpck_require__(4376);
const {
  BINARY_TYPES,
  EMPTY_BUFFER,
  kStatusCode,
  kWebSocket
} = __nccwpck_require__(71791);
const { concat, toArrayBuffer, unmask } = __nccwpck_require__(95803);
const { isValidStatusCode, isValidUTF8 } = __nccwpck_require__(26615);

const FastBuffer = Buffer[Symbol.species];

const GET_INFO = 0;
const GET_PAYLOAD_LENGTH_16 = 1;
const GET_PAYLOAD_LENGTH_64 = 2;
const GET_MASK = 3;
const GET_DATA = 4;
const INFLATING = 5;
const DEFER_EVENT = 6;

/**
 * HyBi Receiver implementation.
 *
 * @extends Writable
 */
class Receiver extends Writable {
  /**
   * Creates a Receiver instance.
   *
   * @param {Object} [options] Options object
   * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {String} [options.binaryType=nodebuffer] The type for binary data
   * @param {Object} [options.extensions] An object containing the negotiated
   *     extensions
   * @param {Boolean} [options.isServer=false] Specifies whether to operate in
   *     client or server mode
   * @param {Number} [options.maxBufferedChunks=0] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=0] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=0] The maximum allowed message length
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   */
  constructor(options = {}) {
    super();

    this._allowSynchronousEvents =
      options.allowSynchronousEvents !== undefined
        ? options.allowSynchronousEvents
        : true;
    this._binaryType = options.binaryType || BINARY_TYPES[0];
    this._extensions = options.extensions || {};
    this._isServer = !!options.isServer;
    this._maxBufferedChunks = options.maxBufferedChunks | 0;
    this._maxFragments = options.maxFragments | 0;
    this._maxPayload = options.maxPayload | 0;
    this._skipUTF8Validation = !!options.skipUTF8Validation;
    this[kWebSocket] = undefined;

    this._bufferedBytes = 0;
    this._buffers = [];

    this._compressed = false;
    this._payloadLength = 0;
    this._mask = undefined;
    this._fragmented = 0;
    this._masked = false;
    this._fin = false;
    this._opcode = 0;

    this._totalPayloadLength = 0;
    this._messageLength = 0;
    this._numFragments = 0;
    this._fragments = [];

    this._errored = false;
    this._loop = false;
    this._state = GET_INFO;
  }

  /**
   * Implements `Writable.prototype._write()`.
   *
   * @param {Buffer} chunk The chunk of data to write
   * @param {String} encoding The character encoding of `chunk`
   * @param {Function} cb Callback
   * @private
   */
  _write(chunk, encoding, cb) {
    if (this._opcode === 0x08 && this._state == GET_INFO) return cb();

    if (
      this._maxBufferedChunks > 0 &&
      this._buffers.length >= this._maxBufferedChunks
    ) {
      cb(
        this.createError(
          RangeError,
          'Too many buffered chunks',
          false,
          1008,
          'WS_ERR_TOO_MANY_BUFFERED_PARTS'
        )
      );
      return;
    }

    this._bufferedBytes += chunk.length;
    this._buffers.push(chunk);
    this.startLoop(cb);
  }

  /**
   * Consumes `n` bytes from the buffered data.
   *
   * @param {Number} n The number of bytes to consume
   * @return {Buffer} The consumed bytes
   * @private
   */
  consume(n) {
    this._bufferedBytes -= n;

    if (n === this._buffers[0].length) return this._buffers.shift();

    if (n < this._buffers[0].length) {
      const buf = this._buffers[0];
      this._buffers[0] = new FastBuffer(
        buf.buffer,
        buf.byteOffset + n,
        buf.length - n
      );

      return new FastBuffer(buf.buffer, buf.byteOffset, n);
    }

    const dst = Buffer.allocUnsafe(n);

    do {
      const buf = this._buffers[0];
      const offset = dst.length - n;

      if (n >= buf.length) {
        dst.set(this._buffers.shift(), offset);
      } else {
        dst.set(new Uint8Array(buf.buffer, buf.byteOffset, n), offset);
        this._buffers[0] = new FastBuffer(
          buf.buffer,
          buf.byteOffset + n,
          buf.length - n
        );
      }

      n -= buf.length;
    } while (n > 0);

    return dst;
  }

  /**
   * Starts the parsing loop.
   *
   * @param {Function} cb Callback
   * @private
   */
  startLoop(cb) {
    this._loop = true;

    do {
      switch (this._state) {
        case GET_INFO:
          this.getInfo(cb);
          break;
        case GET_PAYLOAD_LENGTH_16:
          this.getPayloadLength16(cb);
          break;
        case GET_PAYLOAD_LENGTH_64:
          this.getPayloadLength64(cb);
          break;
        case GET_MASK:
          this.getMask();
          break;
        case GET_DATA:
          this.getData(cb);
          break;
        case INFLATING:
        case DEFER_EVENT:
          this._loop = false;
          return;
      }
    } while (this._loop);

    if (!this._errored) cb();
  }

  /**
   * Reads the first two bytes of a frame.
   *
   * @param {Function} cb Callback
   * @private
   */
  getInfo(cb) {
    if (this._bufferedBytes < 2) {
      this._loop = false;
      return;
    }

    const buf = this.consume(2);

    if ((buf[0] & 0x30) !== 0x00) {
      const error = this.createError(
        RangeError,
        'RSV2 and RSV3 must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_RSV_2_3'
      );

      cb(error);
      return;
    }

    const compressed = (buf[0] & 0x40) === 0x40;

    if (compressed && !this._extensions[PerMessageDeflate.extensionName]) {
      const error = this.createError(
        RangeError,
        'RSV1 must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_RSV_1'
      );

      cb(error);
      return;
    }

    this._fin = (buf[0] & 0x80) === 0x80;
    this._opcode = buf[0] & 0x0f;
    this._payloadLength = buf[1] & 0x7f;

    if (this._opcode === 0x00) {
      if (compressed) {
        const error = this.createError(
          RangeError,
          'RSV1 must be clear',
          true,
          1002,
          'WS_ERR_UNEXPECTED_RSV_1'
        );

        cb(error);
        return;
      }

      if (!this._fragmented) {
        const error = this.createError(
          RangeError,
          'invalid opcode 0',
          true,
          1002,
          'WS_ERR_INVALID_OPCODE'
        );

        cb(error);
        return;
      }

      this._opcode = this._fragmented;
    } else if (this._opcode === 0x01 || this._opcode === 0x02) {
      if (this._fragmented) {
        const error = this.createError(
          RangeError,
          `invalid opcode ${this._opcode}`,
          true,
          1002,
          'WS_ERR_INVALID_OPCODE'
        );

        cb(error);
        return;
      }

      this._compressed = compressed;
    } else if (this._opcode > 0x07 && this._opcode < 0x0b) {
      if (!this._fin) {
        const error = this.createError(
          RangeError,
          'FIN must be set',
          true,
          1002,
          'WS_ERR_EXPECTED_FIN'
        );

        cb(error);
        return;
      }

      if (compressed) {
        const error = this.createError(
          RangeError,
          'RSV1 must be clear',
          true,
          1002,
          'WS_ERR_UNEXPECTED_RSV_1'
        );

        cb(error);
        return;
      }

      if (
        this._payloadLength > 0x7d ||
        (this._opcode === 0x08 && this._payloadLength === 1)
      ) {
        const error = this.createError(
          RangeError,
          `invalid payload length ${this._payloadLength}`,
          true,
          1002,
          'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH'
        );

        cb(error);
        return;
      }
    } else {
      const error = this.createError(
        RangeError,
        `invalid opcode ${this._opcode}`,
        true,
        1002,
        'WS_ERR_INVALID_OPCODE'
      );

      cb(error);
      return;
    }

    if (!this._fin && !this._fragmented) this._fragmented = this._opcode;
    this._masked = (buf[1] & 0x80) === 0x80;

    if (this._isServer) {
      if (!this._masked) {
        const error = this.createError(
          RangeError,
          'MASK must be set',
          true,
          1002,
          'WS_ERR_EXPECTED_MASK'
        );

        cb(error);
        return;
      }
    } else if (this._masked) {
      const error = this.createError(
        RangeError,
        'MASK must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_MASK'
      );

      cb(error);
      return;
    }

    if (this._payloadLength === 126) this._state = GET_PAYLOAD_LENGTH_16;
    else if (this._payloadLength === 127) this._state = GET_PAYLOAD_LENGTH_64;
    else this.haveLength(cb);
  }

  /**
   * Gets extended payload length (7+16).
   *
   * @param {Function} cb Callback
   * @private
   */
  getPayloadLength16(cb) {
    if (this._bufferedBytes < 2) {
      this._loop = false;
      return;
    }

    this._payloadLength = this.consume(2).readUInt16BE(0);
    this.haveLength(cb);
  }

  /**
   * Gets extended payload length (7+64).
   *
   * @param {Function} cb Callback
   * @private
   */
  getPayloadLength64(cb) {
    if (this._bufferedBytes < 8) {
      this._loop = false;
      return;
    }

    const buf = this.consume(8);
    const num = buf.readUInt32BE(0);

    //
    // The maximum safe integer in JavaScript is 2^53 - 1. An error is returned
    // if payload length is greater than this number.
    //
    if (num > Math.pow(2, 53 - 32) - 1) {
      const error = this.createError(
        RangeError,
        'Unsupported WebSocket frame: payload length > 2^53 - 1',
        false,
        1009,
        'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH'
      );

      cb(error);
      return;
    }

    this._payloadLength = num * Math.pow(2, 32) + buf.readUInt32BE(4);
    this.haveLength(cb);
  }

  /**
   * Payload length has been read.
   *
   * @param {Function} cb Callback
   * @private
   */
  haveLength(cb) {
    if (this._payloadLength && this._opcode < 0x08) {
      this._totalPayloadLength += this._payloadLength;
      if (this._totalPayloadLength > this._maxPayload && this._maxPayload > 0) {
        const error = this.createError(
          RangeError,
          'Max payload size exceeded',
          false,
          1009,
          'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
        );

        cb(error);
        return;
      }
    }

    if (this._masked) this._state = GET_MASK;
    else this._state = GET_DATA;
  }

  /**
   * Reads mask bytes.
   *
   * @private
   */
  getMask() {
    if (this._bufferedBytes < 4) {
      this._loop = false;
      return;
    }

    this._mask = this.consume(4);
    this._state = GET_DATA;
  }

  /**
   * Reads data bytes.
   *
   * @param {Function} cb Callback
   * @private
   */
  getData(cb) {
    let data = EMPTY_BUFFER;

    if (this._payloadLength) {
      if (this._bufferedBytes < this._payloadLength) {
        this._loop = false;
        return;
      }

      data = this.consume(this._payloadLength);

      if (
        this._masked &&
        (this._mask[0] | this._mask[1] | this._mask[2] | this._mask[3]) !== 0
      ) {
        unmask(data, this._mask);
      }
    }

    //
    // The mask is a view into the buffer the stream delivered, which is commonly
    // 64 KiB, and it is not needed once the payload above has been unmasked.
    // Leaving it set would pin that whole buffer until the next frame arrives,
    // which on an idle connection can be indefinitely.
    //
    this._mask = undefined;

    if (this._opcode > 0x07) {
      this.controlMessage(data, cb);
      return;
    }

    if (this._maxFragments > 0 && ++this._numFragments > this._maxFragments) {
      const error = this.createError(
        RangeError,
        'Too many message fragments',
        false,
        1008,
        'WS_ERR_TOO_MANY_BUFFERED_PARTS'
      );

      cb(error);
      return;
    }

    if (this._compressed) {
      this._state = INFLATING;
      this.decompress(data, cb);
      return;
    }

    if (data.length) {
      //
      // This message is not compressed so its length is the sum of the payload
      // length of all fragments.
      //
      this._messageLength = this._totalPayloadLength;
      this._fragments.push(data);
    }

    this.dataMessage(cb);
  }

  /**
   * Decompresses data.
   *
   * @param {Buffer} data Compressed data
   * @param {Function} cb Callback
   * @private
   */
  decompress(data, cb) {
    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];

    perMessageDeflate.decompress(data, this._fin, (err, buf) => {
      if (err) return cb(err);

      if (buf.length) {
        this._messageLength += buf.length;
        if (this._messageLength > this._maxPayload && this._maxPayload > 0) {
          const error = this.createError(
            RangeError,
            'Max payload size exceeded',
            false,
            1009,
            'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
          );

          cb(error);
          return;
        }

        this._fragments.push(buf);
      }

      this.dataMessage(cb);
      if (this._state === GET_INFO) this.startLoop(cb);
    });
  }

  /**
   * Handles a data message.
   *
   * @param {Function} cb Callback
   * @private
   */
  dataMessage(cb) {
    if (!this._fin) {
      this._state = GET_INFO;
      return;
    }

    const messageLength = this._messageLength;
    const fragments = this._fragments;

    this._totalPayloadLength = 0;
    this._messageLength = 0;
    this._fragmented = 0;
    this._numFragments = 0;
    this._fragments = [];

    if (this._opcode === 2) {
      let data;

      if (this._binaryType === 'nodebuffer') {
        data = concat(fragments, messageLength);
      } else if (this._binaryType === 'arraybuffer') {
        data = toArrayBuffer(concat(fragments, messageLength));
      } else if (this._binaryType === 'blob') {
        data = new Blob(fragments);
      } else {
        data = fragments;
      }

      if (this._allowSynchronousEvents) {
        this.emit('message', data, true);
        this._state = GET_INFO;
      } else {
        this._state = DEFER_EVENT;
        setImmediate(() => {
          this.emit('message', data, true);
          this._state = GET_INFO;
          this.startLoop(cb);
        });
      }
    } else {
      const buf = concat(fragments, messageLength);

      if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
        const error = this.createError(
          Error,
          'invalid UTF-8 sequence',
          true,
          1007,
          'WS_ERR_INVALID_UTF8'
        );

        cb(error);
        return;
      }

      if (this._state === INFLATING || this._allowSynchronousEvents) {
        this.emit('message', buf, false);
        this._state = GET_INFO;
      } else {
        this._state = DEFER_EVENT;
        setImmediate(() => {
          this.emit('message', buf, false);
          this._state = GET_INFO;
          this.startLoop(cb);
        });
      }
    }
  }

  /**
   * Handles a control message.
   *
   * @param {Buffer} data Data to handle
   * @return {(Error|RangeError|undefined)} A possible error
   * @private
   */
  controlMessage(data, cb) {
    if (this._opcode === 0x08) {
      if (data.length === 0) {
        this._loop = false;
        this.emit('conclude', 1005, EMPTY_BUFFER);
        this.end();
      } else {
        const code = data.readUInt16BE(0);

        if (!isValidStatusCode(code)) {
          const error = this.createError(
            RangeError,
            `invalid status code ${code}`,
            true,
            1002,
            'WS_ERR_INVALID_CLOSE_CODE'
          );

          cb(error);
          return;
        }

        const buf = new FastBuffer(
          data.buffer,
          data.byteOffset + 2,
          data.length - 2
        );

        if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
          const error = this.createError(
            Error,
            'invalid UTF-8 sequence',
            true,
            1007,
            'WS_ERR_INVALID_UTF8'
          );

          cb(error);
          return;
        }

        this._loop = false;
        this.emit('conclude', code, buf);
        this.end();
      }

      this._state = GET_INFO;
      return;
    }

    if (this._allowSynchronousEvents) {
      this.emit(this._opcode === 0x09 ? 'ping' : 'pong', data);
      this._state = GET_INFO;
    } else {
      this._state = DEFER_EVENT;
      setImmediate(() => {
        this.emit(this._opcode === 0x09 ? 'ping' : 'pong', data);
        this._state = GET_INFO;
        this.startLoop(cb);
      });
    }
  }

  /**
   * Builds an error object.
   *
   * @param {function(new:Error|RangeError)} ErrorCtor The error constructor
   * @param {String} message The error message
   * @param {Boolean} prefix Specifies whether or not to add a default prefix to
   *     `message`
   * @param {Number} statusCode The status code
   * @param {String} errorCode The exposed error code
   * @return {(Error|RangeError)} The error
   * @private
   */
  createError(ErrorCtor, message, prefix, statusCode, errorCode) {
    this._loop = false;
    this._errored = true;

    const err = new ErrorCtor(
      prefix ? `Invalid WebSocket frame: ${message}` : message
    );

    Error.captureStackTrace(err, this.createError);
    err.code = errorCode;
    err[kStatusCode] = statusCode;
    return err;
  }
}

module.exports = Receiver;


/***/ }),

/***/ 7389:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex" }] */



const { Duplex } = __nccwpck_require__(2203);
const { randomFillSync } = __nccwpck_require__(76982);
const {
  types: { isUint8Array }
} = __nccwpck_require__(39023);

const PerMessageDeflate = __nccwpck_require__(4376);
const { EMPTY_BUFFER, kWebSocket, NOOP } = __nccwpck_require__(71791);
const { isBlob, isValidStatusCode } = __nccwpck_require__(26615);
const { mask: applyMask, toBuffer } = __nccwpck_require__(95803);

const kByteLength = Symbol('kByteLength');
const maskBuffer = Buffer.alloc(4);
const RANDOM_POOL_SIZE = 8 * 1024;
let randomPool;
let randomPoolPointer = RANDOM_POOL_SIZE;

const DEFAULT = 0;
const DEFLATING = 1;
const GET_BLOB_DATA = 2;

/**
 * HyBi Sender implementation.
 */
class Sender {
  /**
   * Creates a Sender instance.
   *
   * @param {Duplex} socket The connection socket
   * @param {Object} [extensions] An object containing the negotiated extensions
   * @param {Function} [generateMask] The function used to generate the masking
   *     key
   */
  constructor(socket, extensions, generateMask) {
    this._extensions = extensions || {};

    if (generateMask) {
      this._generateMask = generateMask;
      this._maskBuffer = Buffer.alloc(4);
    }

    this._socket = socket;

    this._firstFragment = true;
    this._compress = false;

    this._bufferedBytes = 0;
    this._queue = [];
    this._state = DEFAULT;
    this.onerror = NOOP;
    this[kWebSocket] = undefined;
  }

  /**
   * Frames a piece of data according to the HyBi WebSocket protocol.
   *
   * @param {(Buffer|String)} data The data to frame
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @return {(Buffer|String)[]} The framed data
   * @public
   */
  static frame(data, options) {
    let mask;
    let merge = false;
    let offset = 2;
    let skipMasking = false;

    if (options.mask) {
      mask = options.maskBuffer || maskBuffer;

      if (options.generateMask) {
        options.generateMask(mask);
      } else {
        if (randomPoolPointer === RANDOM_POOL_SIZE) {
          /* istanbul ignore else  */
          if (randomPool === undefined) {
            //
            // This is lazily initialized because server-sent frames must not
            // be masked so it may never be used.
            //
            randomPool = Buffer.alloc(RANDOM_POOL_SIZE);
          }

          randomFillSync(randomPool, 0, RANDOM_POOL_SIZE);
          randomPoolPointer = 0;
        }

        mask[0] = randomPool[randomPoolPointer++];
        mask[1] = randomPool[randomPoolPointer++];
        mask[2] = randomPool[randomPoolPointer++];
        mask[3] = randomPool[randomPoolPointer++];
      }

      skipMasking = (mask[0] | mask[1] | mask[2] | mask[3]) === 0;
      offset = 6;
    }

    let dataLength;

    if (typeof data === 'string') {
      if (
        (!options.mask || skipMasking) &&
        options[kByteLength] !== undefined
      ) {
        dataLength = options[kByteLength];
      } else {
        data = Buffer.from(data);
        dataLength = data.length;
      }
    } else {
      dataLength = data.length;
      merge = options.mask && options.readOnly && !skipMasking;
    }

    let payloadLength = dataLength;

    if (dataLength >= 65536) {
      offset += 8;
      payloadLength = 127;
    } else if (dataLength > 125) {
      offset += 2;
      payloadLength = 126;
    }

    const target = Buffer.allocUnsafe(merge ? dataLength + offset : offset);

    target[0] = options.fin ? options.opcode | 0x80 : options.opcode;
    if (options.rsv1) target[0] |= 0x40;

    target[1] = payloadLength;

    if (payloadLength === 126) {
      target.writeUInt16BE(dataLength, 2);
    } else if (payloadLength === 127) {
      target[2] = target[3] = 0;
      target.writeUIntBE(dataLength, 4, 6);
    }

    if (!options.mask) {
      return dataLength ? [target, data] : [target];
    }

    target[1] |= 0x80;
    target[offset - 4] = mask[0];
    target[offset - 3] = mask[1];
    target[offset - 2] = mask[2];
    target[offset - 1] = mask[3];

    if (!dataLength) return [target];
    if (skipMasking) return [target, data];

    if (merge) {
      applyMask(data, mask, target, offset, dataLength);
      return [target];
    }

    applyMask(data, mask, data, 0, dataLength);
    return [target, data];
  }

  /**
   * Sends a close message to the other peer.
   *
   * @param {Number} [code] The status code component of the body
   * @param {(String|Buffer)} [data] The message component of the body
   * @param {Boolean} [mask=false] Specifies whether or not to mask the message
   * @param {Function} [cb] Callback
   * @public
   */
  close(code, data, mask, cb) {
    let buf;

    if (code === undefined) {
      buf = EMPTY_BUFFER;
    } else if (typeof code !== 'number' || !isValidStatusCode(code)) {
      throw new TypeError('First argument must be a valid error code number');
    } else if (data === undefined || !data.length) {
      buf = Buffer.allocUnsafe(2);
      buf.writeUInt16BE(code, 0);
    } else {
      const length = Buffer.byteLength(data);

      if (length > 123) {
        throw new RangeError('The message must not be greater than 123 bytes');
      }

      buf = Buffer.allocUnsafe(2 + length);
      buf.writeUInt16BE(code, 0);

      if (typeof data === 'string') {
        buf.write(data, 2);
      } else if (isUint8Array(data)) {
        buf.set(data, 2);
      } else {
        throw new TypeError('Second argument must be a string or a Uint8Array');
      }
    }

    const options = {
      [kByteLength]: buf.length,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x08,
      readOnly: false,
      rsv1: false
    };

    if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, buf, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(buf, options), cb);
    }
  }

  /**
   * Sends a ping message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback
   * @public
   */
  ping(data, mask, cb) {
    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (byteLength > 125) {
      throw new RangeError('The data size must not be greater than 125 bytes');
    }

    const options = {
      [kByteLength]: byteLength,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x09,
      readOnly,
      rsv1: false
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, false, options, cb]);
      } else {
        this.getBlobData(data, false, options, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(data, options), cb);
    }
  }

  /**
   * Sends a pong message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback
   * @public
   */
  pong(data, mask, cb) {
    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (byteLength > 125) {
      throw new RangeError('The data size must not be greater than 125 bytes');
    }

    const options = {
      [kByteLength]: byteLength,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x0a,
      readOnly,
      rsv1: false
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, false, options, cb]);
      } else {
        this.getBlobData(data, false, options, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(data, options), cb);
    }
  }

  /**
   * Sends a data message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Object} options Options object
   * @param {Boolean} [options.binary=false] Specifies whether `data` is binary
   *     or text
   * @param {Boolean} [options.compress=false] Specifies whether or not to
   *     compress `data`
   * @param {Boolean} [options.fin=false] Specifies whether the fragment is the
   *     last one
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Function} [cb] Callback
   * @public
   */
  send(data, options, cb) {
    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];
    let opcode = options.binary ? 2 : 1;
    let rsv1 = options.compress;

    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (this._firstFragment) {
      this._firstFragment = false;
      if (
        rsv1 &&
        perMessageDeflate &&
        perMessageDeflate.params[
          perMessageDeflate._isServer
            ? 'server_no_context_takeover'
            : 'client_no_context_takeover'
        ]
      ) {
        rsv1 = byteLength >= perMessageDeflate._threshold;
      }
      this._compress = rsv1;
    } else {
      rsv1 = false;
      opcode = 0;
    }

    if (options.fin) this._firstFragment = true;

    const opts = {
      [kByteLength]: byteLength,
      fin: options.fin,
      generateMask: this._generateMask,
      mask: options.mask,
      maskBuffer: this._maskBuffer,
      opcode,
      readOnly,
      rsv1
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, this._compress, opts, cb]);
      } else {
        this.getBlobData(data, this._compress, opts, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, this._compress, opts, cb]);
    } else {
      this.dispatch(data, this._compress, opts, cb);
    }
  }

  /**
   * Gets the contents of a blob as binary data.
   *
   * @param {Blob} blob The blob
   * @param {Boolean} [compress=false] Specifies whether or not to compress
   *     the data
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @param {Function} [cb] Callback
   * @private
   */
  getBlobData(blob, compress, options, cb) {
    this._bufferedBytes += options[kByteLength];
    this._state = GET_BLOB_DATA;

    blob
      .arrayBuffer()
      .then((arrayBuffer) => {
        if (this._socket.destroyed) {
          const err = new Error(
            'The socket was closed while the blob was being read'
          );

          //
          // `callCallbacks` is called in the next tick to ensure that errors
          // that might be thrown in the callbacks behave like errors thrown
          // outside the promise chain.
          //
          process.nextTick(callCallbacks, this, err, cb);
          return;
        }

        this._bufferedBytes -= options[kByteLength];
        const data = toBuffer(arrayBuffer);

        if (!compress) {
          this._state = DEFAULT;
          this.sendFrame(Sender.frame(data, options), cb);
          this.dequeue();
        } else {
          this.dispatch(data, compress, options, cb);
        }
      })
      .catch((err) => {
        //
        // `onError` is called in the next tick for the same reason that
        // `callCallbacks` above is.
        //
        process.nextTick(onError, this, err, cb);
      });
  }

  /**
   * Dispatches a message.
   *
   * @param {(Buffer|String)} data The message to send
   * @param {Boolean} [compress=false] Specifies whether or not to compress
   *     `data`
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @param {Function} [cb] Callback
   * @private
   */
  dispatch(data, compress, options, cb) {
    if (!compress) {
      this.sendFrame(Sender.frame(data, options), cb);
      return;
    }

    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];

    this._bufferedBytes += options[kByteLength];
    this._state = DEFLATING;
    perMessageDeflate.compress(data, options.fin, (_, buf) => {
      if (this._socket.destroyed) {
        const err = new Error(
          'The socket was closed while data was being compressed'
        );

        callCallbacks(this, err, cb);
        return;
      }

      this._bufferedBytes -= options[kByteLength];
      this._state = DEFAULT;
      options.readOnly = false;
      this.sendFrame(Sender.frame(buf, options), cb);
      this.dequeue();
    });
  }

  /**
   * Executes queued send operations.
   *
   * @private
   */
  dequeue() {
    while (this._state === DEFAULT && this._queue.length) {
      const params = this._queue.shift();

      this._bufferedBytes -= params[3][kByteLength];
      Reflect.apply(params[0], this, params.slice(1));
    }
  }

  /**
   * Enqueues a send operation.
   *
   * @param {Array} params Send operation parameters.
   * @private
   */
  enqueue(params) {
    this._bufferedBytes += params[3][kByteLength];
    this._queue.push(params);
  }

  /**
   * Sends a frame.
   *
   * @param {(Buffer | String)[]} list The frame to send
   * @param {Function} [cb] Callback
   * @private
   */
  sendFrame(list, cb) {
    if (list.length === 2) {
      this._socket.cork();
      this._socket.write(list[0]);
      this._socket.write(list[1], cb);
      this._socket.uncork();
    } else {
      this._socket.write(list[0], cb);
    }
  }
}

module.exports = Sender;

/**
 * Calls queued callbacks with an error.
 *
 * @param {Sender} sender The `Sender` instance
 * @param {Error} err The error to call the callbacks with
 * @param {Function} [cb] The first callback
 * @private
 */
function callCallbacks(sender, err, cb) {
  if (typeof cb === 'function') cb(err);

  for (let i = 0; i < sender._queue.length; i++) {
    const params = sender._queue[i];
    const callback = params[params.length - 1];

    if (typeof callback === 'function') callback(err);
  }
}

/**
 * Handles a `Sender` error.
 *
 * @param {Sender} sender The `Sender` instance
 * @param {Error} err The error
 * @param {Function} [cb] The first pending callback
 * @private
 */
function onError(sender, err, cb) {
  callCallbacks(sender, err, cb);
  sender.onerror(err);
}


/***/ }),

/***/ 86412:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^WebSocket$" }] */


const WebSocket = __nccwpck_require__(56681);
const { Duplex } = __nccwpck_require__(2203);

/**
 * Emits the `'close'` event on a stream.
 *
 * @param {Duplex} stream The stream.
 * @private
 */
function emitClose(stream) {
  stream.emit('close');
}

/**
 * The listener of the `'end'` event.
 *
 * @private
 */
function duplexOnEnd() {
  if (!this.destroyed && this._writableState.finished) {
    this.destroy();
  }
}

/**
 * The listener of the `'error'` event.
 *
 * @param {Error} err The error
 * @private
 */
function duplexOnError(err) {
  this.removeListener('error', duplexOnError);
  this.destroy();
  if (this.listenerCount('error') === 0) {
    // Do not suppress the throwing behavior.
    this.emit('error', err);
  }
}

/**
 * Wraps a `WebSocket` in a duplex stream.
 *
 * @param {WebSocket} ws The `WebSocket` to wrap
 * @param {Object} [options] The options for the `Duplex` constructor
 * @return {Duplex} The duplex stream
 * @public
 */
function createWebSocketStream(ws, options) {
  let terminateOnDestroy = true;

  const duplex = new Duplex({
    ...options,
    autoDestroy: false,
    emitClose: false,
    objectMode: false,
    writableObjectMode: false
  });

  ws.on('message', function message(msg, isBinary) {
    const data =
      !isBinary && duplex._readableState.objectMode ? msg.toString() : msg;

    if (!duplex.push(data)) ws.pause();
  });

  ws.once('error', function error(err) {
    if (duplex.destroyed) return;

    // Prevent `ws.terminate()` from being called by `duplex._destroy()`.
    //
    // - If the `'error'` event is emitted before the `'open'` event, then
    //   `ws.terminate()` is a noop as no socket is assigned.
    // - Otherwise, the error is re-emitted by the listener of the `'error'`
    //   event of the `Receiver` object. The listener already closes the
    //   connection by calling `ws.close()`. This allows a close frame to be
    //   sent to the other peer. If `ws.terminate()` is called right after this,
    //   then the close frame might not be sent.
    terminateOnDestroy = false;
    duplex.destroy(err);
  });

  ws.once('close', function close() {
    if (duplex.destroyed) return;

    duplex.push(null);
  });

  duplex._destroy = function (err, callback) {
    if (ws.readyState === ws.CLOSED) {
      callback(err);
      process.nextTick(emitClose, duplex);
      return;
    }

    let called = false;

    ws.once('error', function error(err) {
      called = true;
      callback(err);
    });

    ws.once('close', function close() {
      if (!called) callback(err);
      process.nextTick(emitClose, duplex);
    });

    if (terminateOnDestroy) ws.terminate();
  };

  duplex._final = function (callback) {
    if (ws.readyState === ws.CONNECTING) {
      ws.once('open', function open() {
        duplex._final(callback);
      });
      return;
    }

    // If the value of the `_socket` property is `null` it means that `ws` is a
    // client websocket and the handshake failed. In fact, when this happens, a
    // socket is never assigned to the websocket. Wait for the `'error'` event
    // that will be emitted by the websocket.
    if (ws._socket === null) return;

    if (ws._socket._writableState.finished) {
      callback();
      if (duplex._readableState.endEmitted) duplex.destroy();
    } else {
      ws._socket.once('finish', function finish() {
        // `duplex` is not destroyed here because the `'end'` event will be
        // emitted on `duplex` after this `'finish'` event. The EOF signaling
        // `null` chunk is, in fact, pushed when the websocket emits `'close'`.
        callback();
      });
      ws.close();
    }
  };

  duplex._read = function () {
    if (ws.isPaused) ws.resume();
  };

  duplex._write = function (chunk, encoding, callback) {
    if (ws.readyState === ws.CONNECTING) {
      ws.once('open', function open() {
        duplex._write(chunk, encoding, callback);
      });
      return;
    }

    ws.send(chunk, callback);
  };

  duplex.on('end', duplexOnEnd);
  duplex.on('error', duplexOnError);
  return duplex;
}

module.exports = createWebSocketStream;


/***/ }),

/***/ 43332:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { tokenChars } = __nccwpck_require__(26615);

/**
 * Parses the `Sec-WebSocket-Protocol` header into a set of subprotocol names.
 *
 * @param {String} header The field value of the header
 * @return {Set} The subprotocol names
 * @public
 */
function parse(header) {
  const protocols = new Set();
  let start = -1;
  let end = -1;
  let i = 0;

  for (i; i < header.length; i++) {
    const code = header.charCodeAt(i);

    if (end === -1 && tokenChars[code] === 1) {
      if (start === -1) start = i;
    } else if (
      i !== 0 &&
      (code === 0x20 /* ' ' */ || code === 0x09) /* '\t' */
    ) {
      if (end === -1 && start !== -1) end = i;
    } else if (code === 0x2c /* ',' */) {
      if (start === -1) {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }

      if (end === -1) end = i;

      const protocol = header.slice(start, end);

      if (protocols.has(protocol)) {
        throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
      }

      protocols.add(protocol);
      start = end = -1;
    } else {
      throw new SyntaxError(`Unexpected character at index ${i}`);
    }
  }

  if (start === -1 || end !== -1) {
    throw new SyntaxError('Unexpected end of input');
  }

  const protocol = header.slice(start, i);

  if (protocols.has(protocol)) {
    throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
  }

  protocols.add(protocol);
  return protocols;
}

module.exports = { parse };


/***/ }),

/***/ 26615:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUtf8 } = __nccwpck_require__(20181);

const { hasBlob } = __nccwpck_require__(71791);

//
// Allowed token characters:
//
// '!', '#', '$', '%', '&', ''', '*', '+', '-',
// '.', 0-9, A-Z, '^', '_', '`', a-z, '|', '~'
//
// tokenChars[32] === 0 // ' '
// tokenChars[33] === 1 // '!'
// tokenChars[34] === 0 // '"'
// ...
//
// prettier-ignore
const tokenChars = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0 - 15
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 16 - 31
  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, // 32 - 47
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 48 - 63
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 64 - 79
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, // 80 - 95
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 96 - 111
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0 // 112 - 127
];

/**
 * Checks if a status code is allowed in a close frame.
 *
 * @param {Number} code The status code
 * @return {Boolean} `true` if the status code is valid, else `false`
 * @public
 */
function isValidStatusCode(code) {
  return (
    (code >= 1000 &&
      code <= 1014 &&
      code !== 1004 &&
      code !== 1005 &&
      code !== 1006) ||
    (code >= 3000 && code <= 4999)
  );
}

/**
 * Checks if a given buffer contains only correct UTF-8.
 * Ported from https://www.cl.cam.ac.uk/%7Emgk25/ucs/utf8_check.c by
 * Markus Kuhn.
 *
 * @param {Buffer} buf The buffer to check
 * @return {Boolean} `true` if `buf` contains only correct UTF-8, else `false`
 * @public
 */
function _isValidUTF8(buf) {
  const len = buf.length;
  let i = 0;

  while (i < len) {
    if ((buf[i] & 0x80) === 0) {
      // 0xxxxxxx
      i++;
    } else if ((buf[i] & 0xe0) === 0xc0) {
      // 110xxxxx 10xxxxxx
      if (
        i + 1 === len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i] & 0xfe) === 0xc0 // Overlong
      ) {
        return false;
      }

      i += 2;
    } else if ((buf[i] & 0xf0) === 0xe0) {
      // 1110xxxx 10xxxxxx 10xxxxxx
      if (
        i + 2 >= len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i + 2] & 0xc0) !== 0x80 ||
        (buf[i] === 0xe0 && (buf[i + 1] & 0xe0) === 0x80) || // Overlong
        (buf[i] === 0xed && (buf[i + 1] & 0xe0) === 0xa0) // Surrogate (U+D800 - U+DFFF)
      ) {
        return false;
      }

      i += 3;
    } else if ((buf[i] & 0xf8) === 0xf0) {
      // 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
      if (
        i + 3 >= len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i + 2] & 0xc0) !== 0x80 ||
        (buf[i + 3] & 0xc0) !== 0x80 ||
        (buf[i] === 0xf0 && (buf[i + 1] & 0xf0) === 0x80) || // Overlong
        (buf[i] === 0xf4 && buf[i + 1] > 0x8f) ||
        buf[i] > 0xf4 // > U+10FFFF
      ) {
        return false;
      }

      i += 4;
    } else {
      return false;
    }
  }

  return true;
}

/**
 * Determines whether a value is a `Blob`.
 *
 * @param {*} value The value to be tested
 * @return {Boolean} `true` if `value` is a `Blob`, else `false`
 * @private
 */
function isBlob(value) {
  return (
    hasBlob &&
    typeof value === 'object' &&
    typeof value.arrayBuffer === 'function' &&
    typeof value.type === 'string' &&
    typeof value.stream === 'function' &&
    (value[Symbol.toStringTag] === 'Blob' ||
      value[Symbol.toStringTag] === 'File')
  );
}

module.exports = {
  isBlob,
  isValidStatusCode,
  isValidUTF8: _isValidUTF8,
  tokenChars
};

if (isUtf8) {
  module.exports.isValidUTF8 = function (buf) {
    return buf.length < 24 ? _isValidUTF8(buf) : isUtf8(buf);
  };
} /* istanbul ignore else  */ else if (!process.env.WS_NO_UTF_8_VALIDATE) {
  try {
    const isValidUTF8 = __nccwpck_require__(62414);

    module.exports.isValidUTF8 = function (buf) {
      return buf.length < 32 ? _isValidUTF8(buf) : isValidUTF8(buf);
    };
  } catch (e) {
    // Continue regardless of the error.
  }
}


/***/ }),

/***/ 70129:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex$", "caughtErrors": "none" }] */



const EventEmitter = __nccwpck_require__(24434);
const http = __nccwpck_require__(58611);
const { Duplex } = __nccwpck_require__(2203);
const { createHash } = __nccwpck_require__(76982);

const extension = __nccwpck_require__(61335);
const PerMessageDeflate = __nccwpck_require__(4376);
const subprotocol = __nccwpck_require__(43332);
const WebSocket = __nccwpck_require__(56681);
const { CLOSE_TIMEOUT, GUID, kWebSocket } = __nccwpck_require__(71791);

const keyRegex = /^[+/0-9A-Za-z]{22}==$/;

const RUNNING = 0;
const CLOSING = 1;
const CLOSED = 2;

/**
 * Class representing a WebSocket server.
 *
 * @extends EventEmitter
 */
class WebSocketServer extends EventEmitter {
  /**
   * Create a `WebSocketServer` instance.
   *
   * @param {Object} options Configuration options
   * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {Boolean} [options.autoPong=true] Specifies whether or not to
   *     automatically send a pong in response to a ping
   * @param {Number} [options.backlog=511] The maximum length of the queue of
   *     pending connections
   * @param {Boolean} [options.clientTracking=true] Specifies whether or not to
   *     track clients
   * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to
   *     wait for the closing handshake to finish after `websocket.close()` is
   *     called
   * @param {Function} [options.handleProtocols] A hook to handle protocols
   * @param {String} [options.host] The hostname where to bind the server
   * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=16384] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=104857600] The maximum allowed message
   *     size
   * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
   *     pending automatic pongs
   * @param {Boolean} [options.noServer=false] Enable no server mode
   * @param {String} [options.path] Accept only connections matching this path
   * @param {(Boolean|Object)} [options.perMessageDeflate=false] Enable/disable
   *     permessage-deflate
   * @param {Number} [options.port] The port where to bind the server
   * @param {(http.Server|https.Server)} [options.server] A pre-created HTTP/S
   *     server to use
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   * @param {Function} [options.verifyClient] A hook to reject connections
   * @param {Function} [options.WebSocket=WebSocket] Specifies the `WebSocket`
   *     class to use. It must be the `WebSocket` class or class that extends it
   * @param {Function} [callback] A listener for the `listening` event
   */
  constructor(options, callback) {
    super();

    options = {
      allowSynchronousEvents: true,
      autoPong: true,
      maxBufferedChunks: 256 * 1024,
      maxFragments: 16 * 1024,
      maxPayload: 100 * 1024 * 1024,
      maxPendingAutoPongs: 60,
      skipUTF8Validation: false,
      perMessageDeflate: false,
      handleProtocols: null,
      clientTracking: true,
      closeTimeout: CLOSE_TIMEOUT,
      verifyClient: null,
      noServer: false,
      backlog: null, // use default (511 as implemented in net.js)
      server: null,
      host: null,
      path: null,
      port: null,
      WebSocket,
      ...options
    };

    if (
      (options.port == null && !options.server && !options.noServer) ||
      (options.port != null && (options.server || options.noServer)) ||
      (options.server && options.noServer)
    ) {
      throw new TypeError(
        'One and only one of the "port", "server", or "noServer" options ' +
          'must be specified'
      );
    }

    if (options.port != null) {
      this._server = http.createServer((req, res) => {
        const body = http.STATUS_CODES[426];

        res.writeHead(426, {
          'Content-Length': body.length,
          'Content-Type': 'text/plain'
        });
        res.end(body);
      });
      this._server.listen(
        options.port,
        options.host,
        options.backlog,
        callback
      );
    } else if (options.server) {
      this._server = options.server;
    }

    if (this._server) {
      const emitConnection = this.emit.bind(this, 'connection');

      this._removeListeners = addListeners(this._server, {
        listening: this.emit.bind(this, 'listening'),
        error: this.emit.bind(this, 'error'),
        upgrade: (req, socket, head) => {
          this.handleUpgrade(req, socket, head, emitConnection);
        }
      });
    }

    if (options.perMessageDeflate === true) options.perMessageDeflate = {};
    if (options.clientTracking) {
      this.clients = new Set();
      this._shouldEmitClose = false;
    }

    this.options = options;
    this._state = RUNNING;
  }

  /**
   * Returns the bound address, the address family name, and port of the server
   * as reported by the operating system if listening on an IP socket.
   * If the server is listening on a pipe or UNIX domain socket, the name is
   * returned as a string.
   *
   * @return {(Object|String|null)} The address of the server
   * @public
   */
  address() {
    if (this.options.noServer) {
      throw new Error('The server is operating in "noServer" mode');
    }

    if (!this._server) return null;
    return this._server.address();
  }

  /**
   * Stop the server from accepting new connections and emit the `'close'` event
   * when all existing connections are closed.
   *
   * @param {Function} [cb] A one-time listener for the `'close'` event
   * @public
   */
  close(cb) {
    if (this._state === CLOSED) {
      if (cb) {
        this.once('close', () => {
          cb(new Error('The server is not running'));
        });
      }

      process.nextTick(emitClose, this);
      return;
    }

    if (cb) this.once('close', cb);

    if (this._state === CLOSING) return;
    this._state = CLOSING;

    if (this.options.noServer || this.options.server) {
      if (this._server) {
        this._removeListeners();
        this._removeListeners = this._server = null;
      }

      if (this.clients) {
        if (!this.clients.size) {
          process.nextTick(emitClose, this);
        } else {
          this._shouldEmitClose = true;
        }
      } else {
        process.nextTick(emitClose, this);
      }
    } else {
      const server = this._server;

      this._removeListeners();
      this._removeListeners = this._server = null;

      //
      // The HTTP/S server was created internally. Close it, and rely on its
      // `'close'` event.
      //
      server.close(() => {
        emitClose(this);
      });
    }
  }

  /**
   * See if a given request should be handled by this server instance.
   *
   * @param {http.IncomingMessage} req Request object to inspect
   * @return {Boolean} `true` if the request is valid, else `false`
   * @public
   */
  shouldHandle(req) {
    if (this.options.path) {
      const index = req.url.indexOf('?');
      const pathname = index !== -1 ? req.url.slice(0, index) : req.url;

      if (pathname !== this.options.path) return false;
    }

    return true;
  }

  /**
   * Handle a HTTP Upgrade request.
   *
   * @param {http.IncomingMessage} req The request object
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Function} cb Callback
   * @public
   */
  handleUpgrade(req, socket, head, cb) {
    socket.on('error', socketOnError);

    const key = req.headers['sec-websocket-key'];
    const upgrade = req.headers.upgrade;
    const version = +req.headers['sec-websocket-version'];

    if (req.method !== 'GET') {
      const message = 'Invalid HTTP method';
      abortHandshakeOrEmitwsClientError(this, req, socket, 405, message);
      return;
    }

    if (upgrade === undefined || upgrade.toLowerCase() !== 'websocket') {
      const message = 'Invalid Upgrade header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
      return;
    }

    if (key === undefined || !keyRegex.test(key)) {
      const message = 'Missing or invalid Sec-WebSocket-Key header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
      return;
    }

    if (version !== 13 && version !== 8) {
      const message = 'Missing or invalid Sec-WebSocket-Version header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message, {
        'Sec-WebSocket-Version': '13, 8'
      });
      return;
    }

    if (!this.shouldHandle(req)) {
      abortHandshake(socket, 400);
      return;
    }

    const secWebSocketProtocol = req.headers['sec-websocket-protocol'];
    let protocols = new Set();

    if (secWebSocketProtocol !== undefined) {
      try {
        protocols = subprotocol.parse(secWebSocketProtocol);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Protocol header';
        abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
        return;
      }
    }

    const secWebSocketExtensions = req.headers['sec-websocket-extensions'];
    const extensions = {};

    if (
      this.options.perMessageDeflate &&
      secWebSocketExtensions !== undefined
    ) {
      const perMessageDeflate = new PerMessageDeflate({
        ...this.options.perMessageDeflate,
        isServer: true,
        maxPayload: this.options.maxPayload
      });

      try {
        const offers = extension.parse(secWebSocketExtensions);

        if (offers[PerMessageDeflate.extensionName]) {
          perMessageDeflate.accept(offers[PerMessageDeflate.extensionName]);
          extensions[PerMessageDeflate.extensionName] = perMessageDeflate;
        }
      } catch (err) {
        const message =
          'Invalid or unacceptable Sec-WebSocket-Extensions header';
        abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
        return;
      }
    }

    //
    // Optionally call external client verification handler.
    //
    if (this.options.verifyClient) {
      const info = {
        origin:
          req.headers[`${version === 8 ? 'sec-websocket-origin' : 'origin'}`],
        secure: !!(req.socket.authorized || req.socket.encrypted),
        req
      };

      if (this.options.verifyClient.length === 2) {
        this.options.verifyClient(info, (verified, code, message, headers) => {
          if (!verified) {
            return abortHandshake(socket, code || 401, message, headers);
          }

          this.completeUpgrade(
            extensions,
            key,
            protocols,
            req,
            socket,
            head,
            cb
          );
        });
        return;
      }

      if (!this.options.verifyClient(info)) return abortHandshake(socket, 401);
    }

    this.completeUpgrade(extensions, key, protocols, req, socket, head, cb);
  }

  /**
   * Upgrade the connection to WebSocket.
   *
   * @param {Object} extensions The accepted extensions
   * @param {String} key The value of the `Sec-WebSocket-Key` header
   * @param {Set} protocols The subprotocols
   * @param {http.IncomingMessage} req The request object
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Function} cb Callback
   * @throws {Error} If called more than once with the same socket
   * @private
   */
  completeUpgrade(extensions, key, protocols, req, socket, head, cb) {
    //
    // Destroy the socket if the client has already sent a FIN packet.
    //
    if (!socket.readable || !socket.writable) return socket.destroy();

    if (socket[kWebSocket]) {
      throw new Error(
        'server.handleUpgrade() was called more than once with the same ' +
          'socket, possibly due to a misconfiguration'
      );
    }

    if (this._state > RUNNING) return abortHandshake(socket, 503);

    const digest = createHash('sha1')
      .update(key + GUID)
      .digest('base64');

    const headers = [
      'HTTP/1.1 101 Switching Protocols',
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Accept: ${digest}`
    ];

    const ws = new this.options.WebSocket(null, undefined, this.options);

    if (protocols.size) {
      //
      // Optionally call external protocol selection handler.
      //
      const protocol = this.options.handleProtocols
        ? this.options.handleProtocols(protocols, req)
        : protocols.values().next().value;

      if (protocol) {
        headers.push(`Sec-WebSocket-Protocol: ${protocol}`);
        ws._protocol = protocol;
      }
    }

    if (extensions[PerMessageDeflate.extensionName]) {
      const params = extensions[PerMessageDeflate.extensionName].params;
      const value = extension.format({
        [PerMessageDeflate.extensionName]: [params]
      });
      headers.push(`Sec-WebSocket-Extensions: ${value}`);
      ws._extensions = extensions;
    }

    //
    // Allow external modification/inspection of handshake headers.
    //
    this.emit('headers', headers, req);

    socket.write(headers.concat('\r\n').join('\r\n'));
    socket.removeListener('error', socketOnError);

    ws.setSocket(socket, head, {
      allowSynchronousEvents: this.options.allowSynchronousEvents,
      maxBufferedChunks: this.options.maxBufferedChunks,
      maxFragments: this.options.maxFragments,
      maxPayload: this.options.maxPayload,
      skipUTF8Validation: this.options.skipUTF8Validation
    });

    if (this.clients) {
      this.clients.add(ws);
      ws.on('close', () => {
        this.clients.delete(ws);

        if (this._shouldEmitClose && !this.clients.size) {
          process.nextTick(emitClose, this);
        }
      });
    }

    cb(ws, req);
  }
}

module.exports = WebSocketServer;

/**
 * Add event listeners on an `EventEmitter` using a map of <event, listener>
 * pairs.
 *
 * @param {EventEmitter} server The event emitter
 * @param {Object.<String, Function>} map The listeners to add
 * @return {Function} A function that will remove the added listeners when
 *     called
 * @private
 */
function addListeners(server, map) {
  for (const event of Object.keys(map)) server.on(event, map[event]);

  return function removeListeners() {
    for (const event of Object.keys(map)) {
      server.removeListener(event, map[event]);
    }
  };
}

/**
 * Emit a `'close'` event on an `EventEmitter`.
 *
 * @param {EventEmitter} server The event emitter
 * @private
 */
function emitClose(server) {
  server._state = CLOSED;
  server.emit('close');
}

/**
 * Handle socket errors.
 *
 * @private
 */
function socketOnError() {
  this.destroy();
}

/**
 * Close the connection when preconditions are not fulfilled.
 *
 * @param {Duplex} socket The socket of the upgrade request
 * @param {Number} code The HTTP response status code
 * @param {String} [message] The HTTP response body
 * @param {Object} [headers] Additional HTTP response headers
 * @private
 */
function abortHandshake(socket, code, message, headers) {
  //
  // The socket is writable unless the user destroyed or ended it before calling
  // `server.handleUpgrade()` or in the `verifyClient` function, which is a user
  // error. Handling this does not make much sense as the worst that can happen
  // is that some of the data written by the user might be discarded due to the
  // call to `socket.end()` below, which triggers an `'error'` event that in
  // turn causes the socket to be destroyed.
  //
  message = message || http.STATUS_CODES[code];
  headers = {
    Connection: 'close',
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(message),
    ...headers
  };

  socket.once('finish', socket.destroy);

  socket.end(
    `HTTP/1.1 ${code} ${http.STATUS_CODES[code]}\r\n` +
      Object.keys(headers)
        .map((h) => `${h}: ${headers[h]}`)
        .join('\r\n') +
      '\r\n\r\n' +
      message
  );
}

/**
 * Emit a `'wsClientError'` event on a `WebSocketServer` if there is at least
 * one listener for it, otherwise call `abortHandshake()`.
 *
 * @param {WebSocketServer} server The WebSocket server
 * @param {http.IncomingMessage} req The request object
 * @param {Duplex} socket The socket of the upgrade request
 * @param {Number} code The HTTP response status code
 * @param {String} message The HTTP response body
 * @param {Object} [headers] The HTTP response headers
 * @private
 */
function abortHandshakeOrEmitwsClientError(
  server,
  req,
  socket,
  code,
  message,
  headers
) {
  if (server.listenerCount('wsClientError')) {
    const err = new Error(message);
    Error.captureStackTrace(err, abortHandshakeOrEmitwsClientError);

    server.emit('wsClientError', err, socket, req);
  } else {
    abortHandshake(socket, code, message, headers);
  }
}


/***/ }),

/***/ 56681:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex|Readable$", "caughtErrors": "none" }] */



const EventEmitter = __nccwpck_require__(24434);
const https = __nccwpck_require__(65692);
const http = __nccwpck_require__(58611);
const net = __nccwpck_require__(69278);
const querystring = __nccwpck_require__(83480);
const tls = __nccwpck_require__(64756);
const { randomBytes, createHash } = __nccwpck_require__(76982);
const { Duplex, Readable } = __nccwpck_require__(2203);
const { URL } = __nccwpck_require__(87016);

const PerMessageDeflate = __nccwpck_require__(4376);
const Receiver = __nccwpck_require__(20893);
const Sender = __nccwpck_require__(7389);
const { isBlob } = __nccwpck_require__(26615);

const {
  BINARY_TYPES,
  CLOSE_TIMEOUT,
  EMPTY_BUFFER,
  GUID,
  kForOnEventAttribute,
  kListener,
  kStatusCode,
  kWebSocket,
  NOOP
} = __nccwpck_require__(71791);
const {
  EventTarget: { addEventListener, removeEventListener }
} = __nccwpck_require__(34634);
const { format, parse } = __nccwpck_require__(61335);
const { toBuffer } = __nccwpck_require__(95803);

const kAborted = Symbol('kAborted');
const protocolVersions = [8, 13];
const readyStates = ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'];
const subprotocolRegex = /^[!#$%&'*+\-.0-9A-Z^_`|a-z~]+$/;

/**
 * Class representing a WebSocket.
 *
 * @extends EventEmitter
 */
class WebSocket extends EventEmitter {
  /**
   * Create a new `WebSocket`.
   *
   * @param {(String|URL)} address The URL to which to connect
   * @param {(String|String[])} [protocols] The subprotocols
   * @param {Object} [options] Connection options
   */
  constructor(address, protocols, options) {
    super();

    this._binaryType = BINARY_TYPES[0];
    this._closeCode = 1006;
    this._closeFrameReceived = false;
    this._closeFrameSent = false;
    this._closeMessage = EMPTY_BUFFER;
    this._closeTimer = null;
    this._errorEmitted = false;
    this._extensions = {};
    this._paused = false;
    this._protocol = '';
    this._readyState = WebSocket.CONNECTING;
    this._receiver = null;
    this._sender = null;
    this._socket = null;

    if (address !== null) {
      this._bufferedAmount = 0;
      this._isServer = false;
      this._redirects = 0;

      if (protocols === undefined) {
        if (!options || options.protocols === undefined) {
          protocols = [];
        } else if (Array.isArray(options.protocols)) {
          protocols = options.protocols;
        } else {
          protocols = [options.protocols];
        }
      } else if (!Array.isArray(protocols)) {
        if (typeof protocols === 'object' && protocols !== null) {
          options = protocols;

          if (options.protocols === undefined) {
            protocols = [];
          } else if (Array.isArray(options.protocols)) {
            protocols = options.protocols;
          } else {
            protocols = [options.protocols];
          }
        } else {
          protocols = [protocols];
        }
      }

      options = initAsClient(this, address, protocols, options);
    } else {
      this._isServer = true;
    }

    if (options.autoPong) {
      this._autoPong = true;
      this._autoPongComplete = () => autoPongComplete(this);
      this._pendingAutoPongs = 0;
      this._maxPendingAutoPongs = options.maxPendingAutoPongs | 0;
    }

    this._closeTimeout = options.closeTimeout;
  }

  /**
   * For historical reasons, the custom "nodebuffer" type is used by the default
   * instead of "blob".
   *
   * @type {String}
   */
  get binaryType() {
    return this._binaryType;
  }

  set binaryType(type) {
    if (!BINARY_TYPES.includes(type)) return;

    this._binaryType = type;

    //
    // Allow to change `binaryType` on the fly.
    //
    if (this._receiver) this._receiver._binaryType = type;
  }

  /**
   * @type {Number}
   */
  get bufferedAmount() {
    if (!this._socket) return this._bufferedAmount;

    return this._socket._writableState.length + this._sender._bufferedBytes;
  }

  /**
   * @type {String}
   */
  get extensions() {
    return Object.keys(this._extensions).join();
  }

  /**
   * @type {Boolean}
   */
  get isPaused() {
    return this._paused;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onclose() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onerror() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onopen() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onmessage() {
    return null;
  }

  /**
   * @type {String}
   */
  get protocol() {
    return this._protocol;
  }

  /**
   * @type {Number}
   */
  get readyState() {
    return this._readyState;
  }

  /**
   * @type {String}
   */
  get url() {
    return this._url;
  }

  /**
   * Set up the socket and the internal resources.
   *
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Object} options Options object
   * @param {Boolean} [options.allowSynchronousEvents=false] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Number} [options.maxBufferedChunks=0] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=0] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=0] The maximum allowed message size
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   * @private
   */
  setSocket(socket, head, options) {
    const receiver = new Receiver({
      allowSynchronousEvents: options.allowSynchronousEvents,
      binaryType: this.binaryType,
      extensions: this._extensions,
      isServer: this._isServer,
      maxBufferedChunks: options.maxBufferedChunks,
      maxFragments: options.maxFragments,
      maxPayload: options.maxPayload,
      skipUTF8Validation: options.skipUTF8Validation
    });

    const sender = new Sender(socket, this._extensions, options.generateMask);

    this._receiver = receiver;
    this._sender = sender;
    this._socket = socket;

    receiver[kWebSocket] = this;
    sender[kWebSocket] = this;
    socket[kWebSocket] = this;

    receiver.on('conclude', receiverOnConclude);
    receiver.on('drain', receiverOnDrain);
    receiver.on('error', receiverOnError);
    receiver.on('message', receiverOnMessage);
    receiver.on('ping', receiverOnPing);
    receiver.on('pong', receiverOnPong);

    sender.onerror = senderOnError;

    //
    // These methods may not be available if `socket` is just a `Duplex`.
    //
    if (socket.setTimeout) socket.setTimeout(0);
    if (socket.setNoDelay) socket.setNoDelay();

    if (head.length > 0) socket.unshift(head);

    socket.on('close', socketOnClose);
    socket.on('data', socketOnData);
    socket.on('end', socketOnEnd);
    socket.on('error', socketOnError);

    this._readyState = WebSocket.OPEN;
    this.emit('open');
  }

  /**
   * Emit the `'close'` event.
   *
   * @private
   */
  emitClose() {
    if (!this._socket) {
      this._readyState = WebSocket.CLOSED;
      this.emit('close', this._closeCode, this._closeMessage);
      return;
    }

    if (this._extensions[PerMessageDeflate.extensionName]) {
      this._extensions[PerMessageDeflate.extensionName].cleanup();
    }

    this._receiver.removeAllListeners();
    this._readyState = WebSocket.CLOSED;
    this.emit('close', this._closeCode, this._closeMessage);
  }

  /**
   * Start a closing handshake.
   *
   *          +----------+   +-----------+   +----------+
   *     - - -|ws.close()|-->|close frame|-->|ws.close()|- - -
   *    |     +----------+   +-----------+   +----------+     |
   *          +----------+   +-----------+         |
   * CLOSING  |ws.close()|<--|close frame|<--+-----+       CLOSING
   *          +----------+   +-----------+   |
   *    |           |                        |   +---+        |
   *                +------------------------+-->|fin| - - - -
   *    |         +---+                      |   +---+
   *     - - - - -|fin|<---------------------+
   *              +---+
   *
   * @param {Number} [code] Status code explaining why the connection is closing
   * @param {(String|Buffer)} [data] The reason why the connection is
   *     closing
   * @public
   */
  close(code, data) {
    if (this.readyState === WebSocket.CLOSED) return;
    if (this.readyState === WebSocket.CONNECTING) {
      const msg = 'WebSocket was closed before the connection was established';
      abortHandshake(this, this._req, msg);
      return;
    }

    if (this.readyState === WebSocket.CLOSING) {
      if (
        this._closeFrameSent &&
        (this._closeFrameReceived || this._receiver._writableState.errorEmitted)
      ) {
        this._socket.end();
      }

      return;
    }

    this._sender.close(code, data, !this._isServer, (err) => {
      //
      // This error is handled by the `'error'` listener on the socket. We only
      // want to know if the close frame has been sent here.
      //
      if (err) return;

      this._closeFrameSent = true;

      if (
        this._closeFrameReceived ||
        this._receiver._writableState.errorEmitted
      ) {
        this._socket.end();
      }
    });

    this._readyState = WebSocket.CLOSING;
    setCloseTimer(this);
  }

  /**
   * Pause the socket.
   *
   * @public
   */
  pause() {
    if (
      this.readyState === WebSocket.CONNECTING ||
      this.readyState === WebSocket.CLOSED
    ) {
      return;
    }

    this._paused = true;
    this._socket.pause();
  }

  /**
   * Send a ping.
   *
   * @param {*} [data] The data to send
   * @param {Boolean} [mask] Indicates whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when the ping is sent
   * @public
   */
  ping(data, mask, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof data === 'function') {
      cb = data;
      data = mask = undefined;
    } else if (typeof mask === 'function') {
      cb = mask;
      mask = undefined;
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    if (mask === undefined) mask = !this._isServer;
    this._sender.ping(data || EMPTY_BUFFER, mask, cb);
  }

  /**
   * Send a pong.
   *
   * @param {*} [data] The data to send
   * @param {Boolean} [mask] Indicates whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when the pong is sent
   * @public
   */
  pong(data, mask, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof data === 'function') {
      cb = data;
      data = mask = undefined;
    } else if (typeof mask === 'function') {
      cb = mask;
      mask = undefined;
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    if (mask === undefined) mask = !this._isServer;
    this._sender.pong(data || EMPTY_BUFFER, mask, cb);
  }

  /**
   * Resume the socket.
   *
   * @public
   */
  resume() {
    if (
      this.readyState === WebSocket.CONNECTING ||
      this.readyState === WebSocket.CLOSED
    ) {
      return;
    }

    this._paused = false;
    if (!this._receiver._writableState.needDrain) this._socket.resume();
  }

  /**
   * Send a data message.
   *
   * @param {*} data The message to send
   * @param {Object} [options] Options object
   * @param {Boolean} [options.binary] Specifies whether `data` is binary or
   *     text
   * @param {Boolean} [options.compress] Specifies whether or not to compress
   *     `data`
   * @param {Boolean} [options.fin=true] Specifies whether the fragment is the
   *     last one
   * @param {Boolean} [options.mask] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when data is written out
   * @public
   */
  send(data, options, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof options === 'function') {
      cb = options;
      options = {};
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    const opts = {
      binary: typeof data !== 'string',
      mask: !this._isServer,
      compress: true,
      fin: true,
      ...options
    };

    if (!this._extensions[PerMessageDeflate.extensionName]) {
      opts.compress = false;
    }

    this._sender.send(data || EMPTY_BUFFER, opts, cb);
  }

  /**
   * Forcibly close the connection.
   *
   * @public
   */
  terminate() {
    if (this.readyState === WebSocket.CLOSED) return;
    if (this.readyState === WebSocket.CONNECTING) {
      const msg = 'WebSocket was closed before the connection was established';
      abortHandshake(this, this._req, msg);
      return;
    }

    if (this._socket) {
      this._readyState = WebSocket.CLOSING;
      this._socket.destroy();
    }
  }
}

/**
 * @constant {Number} CONNECTING
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CONNECTING', {
  enumerable: true,
  value: readyStates.indexOf('CONNECTING')
});

/**
 * @constant {Number} CONNECTING
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CONNECTING', {
  enumerable: true,
  value: readyStates.indexOf('CONNECTING')
});

/**
 * @constant {Number} OPEN
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'OPEN', {
  enumerable: true,
  value: readyStates.indexOf('OPEN')
});

/**
 * @constant {Number} OPEN
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'OPEN', {
  enumerable: true,
  value: readyStates.indexOf('OPEN')
});

/**
 * @constant {Number} CLOSING
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CLOSING', {
  enumerable: true,
  value: readyStates.indexOf('CLOSING')
});

/**
 * @constant {Number} CLOSING
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CLOSING', {
  enumerable: true,
  value: readyStates.indexOf('CLOSING')
});

/**
 * @constant {Number} CLOSED
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CLOSED', {
  enumerable: true,
  value: readyStates.indexOf('CLOSED')
});

/**
 * @constant {Number} CLOSED
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CLOSED', {
  enumerable: true,
  value: readyStates.indexOf('CLOSED')
});

[
  'binaryType',
  'bufferedAmount',
  'extensions',
  'isPaused',
  'protocol',
  'readyState',
  'url'
].forEach((property) => {
  Object.defineProperty(WebSocket.prototype, property, { enumerable: true });
});

//
// Add the `onopen`, `onerror`, `onclose`, and `onmessage` attributes.
// See https://html.spec.whatwg.org/multipage/comms.html#the-websocket-interface
//
['open', 'error', 'close', 'message'].forEach((method) => {
  Object.defineProperty(WebSocket.prototype, `on${method}`, {
    enumerable: true,
    get() {
      for (const listener of this.listeners(method)) {
        if (listener[kForOnEventAttribute]) return listener[kListener];
      }

      return null;
    },
    set(handler) {
      for (const listener of this.listeners(method)) {
        if (listener[kForOnEventAttribute]) {
          this.removeListener(method, listener);
          break;
        }
      }

      if (typeof handler !== 'function') return;

      this.addEventListener(method, handler, {
        [kForOnEventAttribute]: true
      });
    }
  });
});

WebSocket.prototype.addEventListener = addEventListener;
WebSocket.prototype.removeEventListener = removeEventListener;

module.exports = WebSocket;

/**
 * Initialize a WebSocket client.
 *
 * @param {WebSocket} websocket The client to initialize
 * @param {(String|URL)} address The URL to which to connect
 * @param {Array} protocols The subprotocols
 * @param {Object} [options] Connection options
 * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether any
 *     of the `'message'`, `'ping'`, and `'pong'` events can be emitted multiple
 *     times in the same tick
 * @param {Boolean} [options.autoPong=true] Specifies whether or not to
 *     automatically send a pong in response to a ping
 * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to wait
 *     for the closing handshake to finish after `websocket.close()` is called
 * @param {Function} [options.finishRequest] A function which can be used to
 *     customize the headers of each http request before it is sent
 * @param {Boolean} [options.followRedirects=false] Whether or not to follow
 *     redirects
 * @param {Function} [options.generateMask] The function used to generate the
 *     masking key
 * @param {Number} [options.handshakeTimeout] Timeout in milliseconds for the
 *     handshake request
 * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
 *     buffered data chunks
 * @param {Number} [options.maxFragments=16384] The maximum number of message
 *     fragments
 * @param {Number} [options.maxPayload=104857600] The maximum allowed message
 *     size
 * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
 *     pending automatic pongs
 * @param {Number} [options.maxRedirects=10] The maximum number of redirects
 *     allowed
 * @param {String} [options.origin] Value of the `Origin` or
 *     `Sec-WebSocket-Origin` header
 * @param {(Boolean|Object)} [options.perMessageDeflate=true] Enable/disable
 *     permessage-deflate
 * @param {Number} [options.protocolVersion=13] Value of the
 *     `Sec-WebSocket-Version` header
 * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
 *     not to skip UTF-8 validation for text and close messages
 * @return {Object} The resolved options object used for initialization
 * @private
 */
function initAsClient(websocket, address, protocols, options) {
  const opts = {
    allowSynchronousEvents: true,
    autoPong: true,
    closeTimeout: CLOSE_TIMEOUT,
    protocolVersion: protocolVersions[1],
    maxBufferedChunks: 256 * 1024,
    maxFragments: 16 * 1024,
    maxPayload: 100 * 1024 * 1024,
    maxPendingAutoPongs: 60,
    skipUTF8Validation: false,
    perMessageDeflate: true,
    followRedirects: false,
    maxRedirects: 10,
    ...options,
    socketPath: undefined,
    hostname: undefined,
    protocol: undefined,
    protocols: undefined,
    timeout: undefined,
    method: 'GET',
    host: undefined,
    path: undefined,
    port: undefined
  };

  if (!protocolVersions.includes(opts.protocolVersion)) {
    throw new RangeError(
      `Unsupported protocol version: ${opts.protocolVersion} ` +
        `(supported versions: ${protocolVersions.join(', ')})`
    );
  }

  let parsedUrl;

  if (address instanceof URL) {
    parsedUrl = address;
  } else {
    try {
      parsedUrl = new URL(address);
    } catch {
      throw new SyntaxError(`Invalid URL: ${address}`);
    }
  }

  if (parsedUrl.protocol === 'http:' || parsedUrl.protocol === 'https:') {
    parsedUrl = new URL(parsedUrl);
    parsedUrl.protocol = parsedUrl.protocol === 'http:' ? 'ws:' : 'wss:';
  }

  websocket._url = parsedUrl.href;

  const isSecure = parsedUrl.protocol === 'wss:';
  const isIpcUrl = parsedUrl.protocol === 'ws+unix:';
  let invalidUrlMessage;

  if (parsedUrl.protocol !== 'ws:' && !isSecure && !isIpcUrl) {
    invalidUrlMessage =
      'The URL\'s protocol must be one of "ws:", "wss:", ' +
      '"http:", "https:", or "ws+unix:"';
  } else if (isIpcUrl && !parsedUrl.pathname) {
    invalidUrlMessage = "The URL's pathname is empty";
  } else if (parsedUrl.hash) {
    invalidUrlMessage = 'The URL contains a fragment identifier';
  }

  if (invalidUrlMessage) {
    const err = new SyntaxError(invalidUrlMessage);

    if (websocket._redirects === 0) {
      throw err;
    } else {
      emitErrorAndClose(websocket, err);
      return;
    }
  }

  const defaultPort = isSecure ? 443 : 80;
  const key = randomBytes(16).toString('base64');
  const request = isSecure ? https.request : http.request;
  const protocolSet = new Set();
  let perMessageDeflate;

  opts.createConnection =
    opts.createConnection || (isSecure ? tlsConnect : netConnect);
  opts.defaultPort = opts.defaultPort || defaultPort;
  opts.port = parsedUrl.port || defaultPort;
  opts.host = parsedUrl.hostname.startsWith('[')
    ? parsedUrl.hostname.slice(1, -1)
    : parsedUrl.hostname;
  opts.headers = {
    ...opts.headers,
    'Sec-WebSocket-Version': opts.protocolVersion,
    'Sec-WebSocket-Key': key,
    Connection: 'Upgrade',
    Upgrade: 'websocket'
  };
  opts.path = parsedUrl.pathname + parsedUrl.search;
  opts.timeout = opts.handshakeTimeout;

  if (opts.perMessageDeflate) {
    perMessageDeflate = new PerMessageDeflate({
      ...opts.perMessageDeflate,
      isServer: false,
      maxPayload: opts.maxPayload
    });
    opts.headers['Sec-WebSocket-Extensions'] = format({
      [PerMessageDeflate.extensionName]: perMessageDeflate.offer()
    });
  }
  if (protocols.length) {
    for (const protocol of protocols) {
      if (
        typeof protocol !== 'string' ||
        !subprotocolRegex.test(protocol) ||
        protocolSet.has(protocol)
      ) {
        throw new SyntaxError(
          'An invalid or duplicated subprotocol was specified'
        );
      }

      protocolSet.add(protocol);
    }

    opts.headers['Sec-WebSocket-Protocol'] = protocols.join(',');
  }
  if (opts.origin) {
    if (opts.protocolVersion < 13) {
      opts.headers['Sec-WebSocket-Origin'] = opts.origin;
    } else {
      opts.headers.Origin = opts.origin;
    }
  }
  if (parsedUrl.username || parsedUrl.password) {
    const username = querystring.unescape(parsedUrl.username);
    const password = querystring.unescape(parsedUrl.password);

    opts.auth = `${username}:${password}`;
  }

  if (isIpcUrl) {
    const i = opts.path.indexOf(':');

    if (i === -1) {
      opts.socketPath = opts.path;
      opts.path = '';
    } else {
      opts.socketPath = opts.path.slice(0, i);
      opts.path = opts.path.slice(i + 1);
    }
  }

  let req;

  if (opts.followRedirects) {
    if (websocket._redirects === 0) {
      websocket._originalIpc = isIpcUrl;
      websocket._originalSecure = isSecure;
      websocket._originalHostOrSocketPath = isIpcUrl
        ? opts.socketPath
        : parsedUrl.host;

      const headers = options && options.headers;

      //
      // Shallow copy the user provided options so that headers can be changed
      // without mutating the original object.
      //
      options = { ...options, headers: {} };

      if (headers) {
        for (const [key, value] of Object.entries(headers)) {
          options.headers[key.toLowerCase()] = value;
        }
      }
    } else if (websocket.listenerCount('redirect') === 0) {
      const isSameHost = isIpcUrl
        ? websocket._originalIpc
          ? opts.socketPath === websocket._originalHostOrSocketPath
          : false
        : websocket._originalIpc
          ? false
          : parsedUrl.host === websocket._originalHostOrSocketPath;

      if (!isSameHost || (websocket._originalSecure && !isSecure)) {
        //
        // Match curl 7.77.0 behavior and drop the following headers. These
        // headers are also dropped when following a redirect to a subdomain.
        //
        delete opts.headers.authorization;
        delete opts.headers.cookie;

        if (!isSameHost) delete opts.headers.host;

        opts.auth = undefined;
      }
    }

    //
    // Match curl 7.77.0 behavior and make the first `Authorization` header win.
    // If the `Authorization` header is set, then there is nothing to do as it
    // will take precedence.
    //
    if (opts.auth && !options.headers.authorization) {
      options.headers.authorization =
        'Basic ' + Buffer.from(opts.auth).toString('base64');
    }

    req = websocket._req = request(opts);

    if (websocket._redirects) {
      //
      // Unlike what is done for the `'upgrade'` event, no early exit is
      // triggered here if the user calls `websocket.close()` or
      // `websocket.terminate()` from a listener of the `'redirect'` event. This
      // is because the user can also call `request.destroy()` with an error
      // before calling `websocket.close()` or `websocket.terminate()` and this
      // would result in an error being emitted on the `request` object with no
      // `'error'` event listeners attached.
      //
      websocket.emit('redirect', websocket.url, req);
    }
  } else {
    req = websocket._req = request(opts);
  }

  if (opts.timeout) {
    req.on('timeout', () => {
      abortHandshake(websocket, req, 'Opening handshake has timed out');
    });
  }

  req.on('error', (err) => {
    if (req === null || req[kAborted]) return;

    req = websocket._req = null;
    emitErrorAndClose(websocket, err);
  });

  req.on('response', (res) => {
    const location = res.headers.location;
    const statusCode = res.statusCode;

    if (
      location &&
      opts.followRedirects &&
      statusCode >= 300 &&
      statusCode < 400
    ) {
      if (++websocket._redirects > opts.maxRedirects) {
        abortHandshake(websocket, req, 'Maximum redirects exceeded');
        return;
      }

      req.abort();

      let addr;

      try {
        addr = new URL(location, address);
      } catch (e) {
        const err = new SyntaxError(`Invalid URL: ${location}`);
        emitErrorAndClose(websocket, err);
        return;
      }

      initAsClient(websocket, addr, protocols, options);
    } else if (!websocket.emit('unexpected-response', req, res)) {
      abortHandshake(
        websocket,
        req,
        `Unexpected server response: ${res.statusCode}`
      );
    }
  });

  req.on('upgrade', (res, socket, head) => {
    websocket.emit('upgrade', res);

    //
    // The user may have closed the connection from a listener of the
    // `'upgrade'` event.
    //
    if (websocket.readyState !== WebSocket.CONNECTING) return;

    req = websocket._req = null;

    const upgrade = res.headers.upgrade;

    if (upgrade === undefined || upgrade.toLowerCase() !== 'websocket') {
      abortHandshake(websocket, socket, 'Invalid Upgrade header');
      return;
    }

    const digest = createHash('sha1')
      .update(key + GUID)
      .digest('base64');

    if (res.headers['sec-websocket-accept'] !== digest) {
      abortHandshake(websocket, socket, 'Invalid Sec-WebSocket-Accept header');
      return;
    }

    const serverProt = res.headers['sec-websocket-protocol'];
    let protError;

    if (serverProt !== undefined) {
      if (!protocolSet.size) {
        protError = 'Server sent a subprotocol but none was requested';
      } else if (!protocolSet.has(serverProt)) {
        protError = 'Server sent an invalid subprotocol';
      }
    } else if (protocolSet.size) {
      protError = 'Server sent no subprotocol';
    }

    if (protError) {
      abortHandshake(websocket, socket, protError);
      return;
    }

    if (serverProt) websocket._protocol = serverProt;

    const secWebSocketExtensions = res.headers['sec-websocket-extensions'];

    if (secWebSocketExtensions !== undefined) {
      if (!perMessageDeflate) {
        const message =
          'Server sent a Sec-WebSocket-Extensions header but no extension ' +
          'was requested';
        abortHandshake(websocket, socket, message);
        return;
      }

      let extensions;

      try {
        extensions = parse(secWebSocketExtensions);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Extensions header';
        abortHandshake(websocket, socket, message);
        return;
      }

      const extensionNames = Object.keys(extensions);

      if (
        extensionNames.length !== 1 ||
        extensionNames[0] !== PerMessageDeflate.extensionName
      ) {
        const message = 'Server indicated an extension that was not requested';
        abortHandshake(websocket, socket, message);
        return;
      }

      try {
        perMessageDeflate.accept(extensions[PerMessageDeflate.extensionName]);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Extensions header';
        abortHandshake(websocket, socket, message);
        return;
      }

      websocket._extensions[PerMessageDeflate.extensionName] =
        perMessageDeflate;
    }

    websocket.setSocket(socket, head, {
      allowSynchronousEvents: opts.allowSynchronousEvents,
      generateMask: opts.generateMask,
      maxBufferedChunks: opts.maxBufferedChunks,
      maxFragments: opts.maxFragments,
      maxPayload: opts.maxPayload,
      skipUTF8Validation: opts.skipUTF8Validation
    });
  });

  if (opts.finishRequest) {
    opts.finishRequest(req, websocket);
  } else {
    req.end();
  }

  return opts;
}

/**
 * Emit the `'error'` and `'close'` events.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {Error} The error to emit
 * @private
 */
function emitErrorAndClose(websocket, err) {
  websocket._readyState = WebSocket.CLOSING;
  //
  // The following assignment is practically useless and is done only for
  // consistency.
  //
  websocket._errorEmitted = true;
  websocket.emit('error', err);
  websocket.emitClose();
}

/**
 * Create a `net.Socket` and initiate a connection.
 *
 * @param {Object} options Connection options
 * @return {net.Socket} The newly created socket used to start the connection
 * @private
 */
function netConnect(options) {
  options.path = options.socketPath;
  return net.connect(options);
}

/**
 * Create a `tls.TLSSocket` and initiate a connection.
 *
 * @param {Object} options Connection options
 * @return {tls.TLSSocket} The newly created socket used to start the connection
 * @private
 */
function tlsConnect(options) {
  options.path = undefined;

  if (!options.servername && options.servername !== '') {
    options.servername = net.isIP(options.host) ? '' : options.host;
  }

  return tls.connect(options);
}

/**
 * Abort the handshake and emit an error.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {(http.ClientRequest|net.Socket|tls.Socket)} stream The request to
 *     abort or the socket to destroy
 * @param {String} message The error message
 * @private
 */
function abortHandshake(websocket, stream, message) {
  websocket._readyState = WebSocket.CLOSING;

  const err = new Error(message);
  Error.captureStackTrace(err, abortHandshake);

  if (stream.setHeader) {
    stream[kAborted] = true;
    stream.abort();

    if (stream.socket && !stream.socket.destroyed) {
      //
      // On Node.js >= 14.3.0 `request.abort()` does not destroy the socket if
      // called after the request completed. See
      // https://github.com/websockets/ws/issues/1869.
      //
      stream.socket.destroy();
    }

    process.nextTick(emitErrorAndClose, websocket, err);
  } else {
    stream.destroy(err);
    stream.once('error', websocket.emit.bind(websocket, 'error'));
    stream.once('close', websocket.emitClose.bind(websocket));
  }
}

/**
 * Handle cases where the `ping()`, `pong()`, or `send()` methods are called
 * when the `readyState` attribute is `CLOSING` or `CLOSED`.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {*} [data] The data to send
 * @param {Function} [cb] Callback
 * @private
 */
function sendAfterClose(websocket, data, cb) {
  if (data) {
    const length = isBlob(data) ? data.size : toBuffer(data).length;

    //
    // The `_bufferedAmount` property is used only when the peer is a client and
    // the opening handshake fails. Under these circumstances, in fact, the
    // `setSocket()` method is not called, so the `_socket` and `_sender`
    // properties are set to `null`.
    //
    if (websocket._socket) websocket._sender._bufferedBytes += length;
    else websocket._bufferedAmount += length;
  }

  if (cb) {
    const err = new Error(
      `WebSocket is not open: readyState ${websocket.readyState} ` +
        `(${readyStates[websocket.readyState]})`
    );
    process.nextTick(cb, err);
  }
}

/**
 * The listener of the `Receiver` `'conclude'` event.
 *
 * @param {Number} code The status code
 * @param {Buffer} reason The reason for closing
 * @private
 */
function receiverOnConclude(code, reason) {
  const websocket = this[kWebSocket];

  websocket._closeFrameReceived = true;
  websocket._closeCode = code;

  //
  // The reason is a view into the buffer the socket delivered. Copy it so that
  // the `WebSocket` does not keep that buffer alive. The copy is not pooled
  // because a pooled one would keep the pool alive in the same way.
  //
  if (reason.length === 0) {
    websocket._closeMessage = EMPTY_BUFFER;
  } else {
    websocket._closeMessage = Buffer.allocUnsafeSlow(reason.length);
    websocket._closeMessage.set(reason);
  }

  if (websocket._socket[kWebSocket] === undefined) return;

  websocket._socket.removeListener('data', socketOnData);
  process.nextTick(resume, websocket._socket);

  if (code === 1005) websocket.close();
  else websocket.close(code, reason);
}

/**
 * The listener of the `Receiver` `'drain'` event.
 *
 * @private
 */
function receiverOnDrain() {
  const websocket = this[kWebSocket];

  if (!websocket.isPaused) websocket._socket.resume();
}

/**
 * The listener of the `Receiver` `'error'` event.
 *
 * @param {(RangeError|Error)} err The emitted error
 * @private
 */
function receiverOnError(err) {
  const websocket = this[kWebSocket];

  if (websocket._socket[kWebSocket] !== undefined) {
    websocket._socket.removeListener('data', socketOnData);

    //
    // On Node.js < 14.0.0 the `'error'` event is emitted synchronously. See
    // https://github.com/websockets/ws/issues/1940.
    //
    process.nextTick(resume, websocket._socket);

    websocket.close(err[kStatusCode]);
  }

  if (!websocket._errorEmitted) {
    websocket._errorEmitted = true;
    websocket.emit('error', err);
  }
}

/**
 * The listener of the `Receiver` `'finish'` event.
 *
 * @private
 */
function receiverOnFinish() {
  this[kWebSocket].emitClose();
}

/**
 * The listener of the `Receiver` `'message'` event.
 *
 * @param {Buffer|ArrayBuffer|Buffer[])} data The message
 * @param {Boolean} isBinary Specifies whether the message is binary or not
 * @private
 */
function receiverOnMessage(data, isBinary) {
  this[kWebSocket].emit('message', data, isBinary);
}

/**
 * The listener of the `Receiver` `'ping'` event.
 *
 * @param {Buffer} data The data included in the ping frame
 * @private
 */
function receiverOnPing(data) {
  const websocket = this[kWebSocket];

  if (websocket._autoPong && websocket.readyState === WebSocket.OPEN) {
    if (
      websocket._maxPendingAutoPongs > 0 &&
      websocket._pendingAutoPongs >= websocket._maxPendingAutoPongs
    ) {
      websocket.terminate();
    } else {
      websocket._pendingAutoPongs++;
      websocket.pong(data, !this._isServer, websocket._autoPongComplete);
    }
  }

  websocket.emit('ping', data);
}

/**
 * The callback for automatic pong responses.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @private
 */
function autoPongComplete(websocket) {
  websocket._pendingAutoPongs--;
}

/**
 * The listener of the `Receiver` `'pong'` event.
 *
 * @param {Buffer} data The data included in the pong frame
 * @private
 */
function receiverOnPong(data) {
  this[kWebSocket].emit('pong', data);
}

/**
 * Resume a readable stream
 *
 * @param {Readable} stream The readable stream
 * @private
 */
function resume(stream) {
  stream.resume();
}

/**
 * The `Sender` error event handler.
 *
 * @param {Error} The error
 * @private
 */
function senderOnError(err) {
  const websocket = this[kWebSocket];

  if (websocket.readyState === WebSocket.CLOSED) return;
  if (websocket.readyState === WebSocket.OPEN) {
    websocket._readyState = WebSocket.CLOSING;
    setCloseTimer(websocket);
  }

  //
  // `socket.end()` is used instead of `socket.destroy()` to allow the other
  // peer to finish sending queued data. There is no need to set a timer here
  // because `CLOSING` means that it is already set or not needed.
  //
  this._socket.end();

  if (!websocket._errorEmitted) {
    websocket._errorEmitted = true;
    websocket.emit('error', err);
  }
}

/**
 * Set a timer to destroy the underlying raw socket of a WebSocket.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @private
 */
function setCloseTimer(websocket) {
  websocket._closeTimer = setTimeout(
    websocket._socket.destroy.bind(websocket._socket),
    websocket._closeTimeout
  );
}

/**
 * The listener of the socket `'close'` event.
 *
 * @private
 */
function socketOnClose() {
  const websocket = this[kWebSocket];

  this.removeListener('close', socketOnClose);
  this.removeListener('data', socketOnData);
  this.removeListener('end', socketOnEnd);

  websocket._readyState = WebSocket.CLOSING;

  //
  // The close frame might not have been received or the `'end'` event emitted,
  // for example, if the socket was destroyed due to an error. Ensure that the
  // `receiver` stream is closed after writing any remaining buffered data to
  // it. If the readable side of the socket is in flowing mode then there is no
  // buffered data as everything has been already written. If instead, the
  // socket is paused, any possible buffered data will be read as a single
  // chunk.
  //
  if (
    !this._readableState.endEmitted &&
    !websocket._closeFrameReceived &&
    !websocket._receiver._writableState.errorEmitted &&
    this._readableState.length !== 0
  ) {
    const chunk = this.read(this._readableState.length);

    websocket._receiver.write(chunk);
  }

  websocket._receiver.end();

  this[kWebSocket] = undefined;

  clearTimeout(websocket._closeTimer);

  if (
    websocket._receiver._writableState.finished ||
    websocket._receiver._writableState.errorEmitted
  ) {
    websocket.emitClose();
  } else {
    websocket._receiver.on('error', receiverOnFinish);
    websocket._receiver.on('finish', receiverOnFinish);
  }
}

/**
 * The listener of the socket `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function socketOnData(chunk) {
  if (!this[kWebSocket]._receiver.write(chunk)) {
    this.pause();
  }
}

/**
 * The listener of the socket `'end'` event.
 *
 * @private
 */
function socketOnEnd() {
  const websocket = this[kWebSocket];

  websocket._readyState = WebSocket.CLOSING;
  websocket._receiver.end();
  this.end();
}

/**
 * The listener of the socket `'error'` event.
 *
 * @private
 */
function socketOnError() {
  const websocket = this[kWebSocket];

  this.removeListener('error', socketOnError);
  this.on('error', NOOP);

  if (websocket) {
    websocket._readyState = WebSocket.CLOSING;
    this.destroy();
  }
}


/***/ }),

/***/ 28757:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ BoundedMap)
/* harmony export */ });
// Run-wide caches keyed by certificates and responses: a fleet of distinct certificates would
// otherwise keep every one of them for the whole run, and memory would grow with the fleet.
/** A Map that forgets its oldest entry once it holds more than `limit`. */
class BoundedMap extends Map {
    limit;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    set(key, value) {
        super.set(key, value);
        if (this.size > this.limit)
            this.delete(this.keys().next().value);
        return this;
    }
}


/***/ }),

/***/ 12244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ spareSelected),
/* harmony export */   q0: () => (/* binding */ parseClients)
/* harmony export */ });
/* unused harmony exports CLIENT_GROUPS, clientNames */
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77365);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70556);


/** The words the `clients` input takes besides client ids, and what they stand for. */
const CLIENT_GROUPS = {
    browsers: _profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CLIENT_IDS */ .Z.filter(id => _profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .j[id].browser),
    all: _profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CLIENT_IDS */ .Z,
    node: ['node20', 'node22', 'node24'],
    java: ['java17', 'java21']
};
/** The ids a `clients` value names; throws with the valid words for an unknown one. */
function parseClients(value) {
    const words = value
        .split(/[\s,]+/)
        .map(w => w.trim().toLowerCase())
        .filter(Boolean);
    const ids = new Set();
    for (const word of words.length > 0 ? words : ['browsers']) {
        const group = CLIENT_GROUPS[word];
        if (group)
            group.forEach(id => ids.add(id));
        else if (_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CLIENT_IDS */ .Z.includes(word))
            ids.add(word);
        else
            throw new Error(`unknown client "${word}"; valid: ${[...Object.keys(CLIENT_GROUPS), ..._profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CLIENT_IDS */ .Z].join(', ')}`);
    }
    return _profile_js__WEBPACK_IMPORTED_MODULE_1__/* .CLIENT_IDS */ .Z.filter(id => ids.has(id));
}
/** "Chrome, Firefox and Safari". */
function clientNames(ids) {
    const names = ids.map(id => _profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .j[id].name);
    return names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
        : (names[0] ?? '');
}
/** The findings, with each failure that spares every selected client made a warning. */
function spareSelected(findings, verdicts, selected, facts, weakCryptoFails) {
    if (!verdicts)
        return findings;
    return findings.map(f => {
        if (f.status !== 'fail' || !modelled(f.check, facts, weakCryptoFails))
            return f;
        const broken = Object.keys(verdicts).filter(id => verdicts[id].checks?.includes(f.check));
        if (broken.length === 0 || broken.some(id => selected.includes(id)))
            return f;
        return {
            ...f,
            status: 'warn',
            details: [
                ...(f.details ?? []),
                `A warning, not a failure: it stops ${clientNames(broken)}, none of the clients selected (${clientNames(selected)}).`
            ]
        };
    });
}
/** Whether the verdicts model what fails this check for this target. */
function modelled(check, facts, weakCryptoFails) {
    switch (check) {
        case 'trust':
        case 'hostname':
        case 'ciphers':
        case 'revocation':
            return true;
        case 'crypto':
            return !weakCryptoFails;
        // The default handshake's own failure; a later tls finding (ALPN) is not modelled.
        case 'tls':
            return facts.handshake === undefined;
        default:
            return false;
    }
}


/***/ }),

/***/ 77365:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ CLIENT_IDS)
/* harmony export */ });
const CLIENT_IDS = [
    'chrome',
    'firefox',
    'safari',
    'android',
    'node20',
    'node22',
    'node24',
    'python',
    'go',
    'java17',
    'java21',
    'curl',
    'curl35',
    'mbedtls'
];


/***/ }),

/***/ 70556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PROFILES)
/* harmony export */ });
/* harmony import */ var _suites_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56371);


const MODERN = ['TLSv1.2', 'TLSv1.3'];
/** SSL_MAX_CERT_LIST_DEFAULT in OpenSSL's and BoringSSL's include/openssl/ssl.h (100 KiB). */
const OPENSSL_CERT_LIST = 102_400;
/** NSS lib/ssl/ssl3con.c: MAX_HANDSHAKE_MSG_LEN, 0x1ffff (128 KiB - 1), any handshake message. */
const NSS_HANDSHAKE_MESSAGE = 0x1_ffff;
const SIGALGS_COMMON = [
    'ecdsa_secp256r1_sha256',
    'rsa_pss_rsae_sha256',
    'rsa_pkcs1_sha256',
    'ecdsa_secp384r1_sha384',
    'rsa_pss_rsae_sha384',
    'rsa_pkcs1_sha384',
    'rsa_pss_rsae_sha512',
    'rsa_pkcs1_sha512'
];
const SIGALGS_OPENSSL = [
    'ecdsa_secp256r1_sha256',
    'ecdsa_secp384r1_sha384',
    'ecdsa_secp521r1_sha512',
    'ed25519',
    'ed448',
    'rsa_pss_pss_sha256',
    'rsa_pss_pss_sha384',
    'rsa_pss_pss_sha512',
    'rsa_pss_rsae_sha256',
    'rsa_pss_rsae_sha384',
    'rsa_pss_rsae_sha512',
    'rsa_pkcs1_sha256',
    'rsa_pkcs1_sha384',
    'rsa_pkcs1_sha512'
];
/** Node's default cipher list (tls.DEFAULT_CIPHERS: ECDHE, DHE, then OpenSSL's HIGH, which
 * includes static RSA). */
const NODE_SUITES = [
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY,
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_AEAD */ .co.slice(0, 1),
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA2 */ .Sz,
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_CBC */ .jX.slice(0, 2),
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_AEAD */ .co.slice(1),
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5,
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_CBC */ .jX.slice(2),
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8,
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX_SHA2 */ .$g
];
/** Java's default enabled suites (SunJSSE, JDK 17 and 21), most preferred first. */
const JAVA_SUITES = [
    'TLS_AES_256_GCM_SHA384',
    'TLS_AES_128_GCM_SHA256',
    'TLS_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA2 */ .Sz,
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5,
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX_SHA2 */ .$g,
    'TLS_RSA_WITH_AES_256_CBC_SHA',
    'TLS_RSA_WITH_AES_128_CBC_SHA'
];
const JAVA_GROUPS = [
    'x25519',
    'secp256r1',
    'secp384r1',
    'secp521r1',
    'x448',
    'ffdhe2048',
    'ffdhe3072',
    'ffdhe4096'
];
const JAVA_SOURCE = {
    offer: 'JDK sun/security/ssl/CipherSuite.java (default enabled suites) and NamedGroup.java; jdk.tls.disabledAlgorithms in conf/security/java.security',
    limits: 'conf/security/java.security: jdk.certpath.disabledAlgorithms "RSA keySize < 1024", jdk.tls.disabledAlgorithms "DH keySize < 1024"; jdk.tls.maxHandshakeMessageSize (32768) and jdk.tls.maxCertificateChainLength (10), JSSE Reference Guide',
    trust: 'CN-only accepted: measured here (Java 17 HttpClient); SHA-1 refused only for chains to the JDK\'s own roots ("SHA1 jdkCA & usage TLSServer"), a SHA-1 leaf under a private CA accepted: measured here; no AIA fetch (com.sun.security.enableAIAcaIssuers false) and no revocation check (com.sun.net.ssl.checkRevocation false) by default'
};
function java(id, name) {
    return {
        id,
        name,
        browser: false,
        offer: { versions: MODERN, suites: JAVA_SUITES, groups: JAVA_GROUPS, sigalgs: SIGALGS_OPENSSL },
        limits: {
            minRsaBits: 1024,
            minDhBits: 1024,
            maxCertificateMessage: 32_768,
            maxChainLength: 10
        },
        trust: { cnOnly: true, sha1: true, aiaFetch: false, revocation: ['none'] },
        source: JAVA_SOURCE
    };
}
/** An OpenSSL 3 client at security level 1 (OpenSSL's own default; Node's bundled OpenSSL 3.0)
 * or 2 (Debian's build, OpenSSL 3.5 in Node 24): level 2 refuses RSA and DH under 2048 bits;
 * both refuse SHA-1 signatures in the chain (OpenSSL 3 rates them 63 bits, under level 1's 80). */
function openssl(id, name, level, suites, groups, source) {
    const bits = level === 1 ? 1024 : 2048;
    return {
        id,
        name,
        browser: false,
        offer: { versions: MODERN, suites, groups, sigalgs: SIGALGS_OPENSSL },
        limits: { minRsaBits: bits, minDhBits: bits, maxCertificateMessage: OPENSSL_CERT_LIST },
        trust: { cnOnly: true, sha1: false, aiaFetch: false, revocation: ['none'] },
        source
    };
}
const SECLEVEL = 'OpenSSL ssl/ssl_cert.c ssl_security_default_callback (level 1: 80 bits, RSA/DH >= 1024; level 2: 112 bits, RSA/DH >= 2048); SSL_MAX_CERT_LIST_DEFAULT 100 KiB';
const OPENSSL_TRUST = 'CN-only accepted (X509_check_host falls back to the CN without a DNS SAN): measured here; SHA-1 signatures refused at level 1 and up since OpenSSL 3.0 (NEWS.md 3.0: "X509 certificates signed using SHA1 are no longer allowed at security level 1 or higher"; crypto/x509/x509_set.c rates SHA-1 at 63 bits): measured here (Node 20, Node 24, Python, curl: "CA signature digest algorithm too weak"); no AIA fetch, no revocation check by default (OpenSSL docs: X509_VERIFY_PARAM_set_flags)';
const PROFILES = {
    chrome: {
        id: 'chrome',
        name: 'Chrome',
        browser: true,
        offer: {
            versions: MODERN,
            suites: [..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8],
            groups: ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1'],
            sigalgs: SIGALGS_COMMON
        },
        limits: { minRsaBits: 1024, maxCertificateMessage: OPENSSL_CERT_LIST },
        trust: { cnOnly: false, sha1: false, aiaFetch: true, revocation: ['stapled', 'crlsets'] },
        source: {
            offer: 'BoringSSL ssl/ssl_cipher.cc and Chromium net/socket/ssl_client_socket_impl.cc; signature schemes: BoringSSL ssl/extensions.cc kVerifySignatureAlgorithms (no rsa_pss_pss_*; ecdsa_secp521r1_sha512 only in recent BoringSSL), and Chromium 156 refuses an RSA-PSS key and a P-521 key (ERR_SSL_VERSION_OR_CIPHER_MISMATCH): measured here; static RSA key exchange: measured here with Debian Chromium 156, which connects to a static-RSA-only server (what Google Chrome builds with field trials do: no source found, unknown)',
            limits: 'Chromium net/cert/cert_verify_proc.cc (RSA keys under 1024 bits: ERR_CERT_WEAK_KEY); BoringSSL SSL_MAX_CERT_LIST_DEFAULT',
            trust: 'CN-only refused, AIA fetched, stapled "revoked" honoured: measured here (Chromium 156); CRLSets: chromium.org "CRLSets" (public CAs only)'
        }
    },
    firefox: {
        id: 'firefox',
        name: 'Firefox',
        browser: true,
        offer: {
            versions: MODERN,
            suites: [..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8],
            groups: [
                'X25519MLKEM768',
                'x25519',
                'secp256r1',
                'secp384r1',
                'secp521r1',
                'ffdhe2048',
                'ffdhe3072'
            ],
            sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512']
        },
        limits: {
            minRsaBits: 1024,
            maxCertificateMessage: NSS_HANDSHAKE_MESSAGE,
            maxCertificateBytes: 0xffff
        },
        trust: {
            cnOnly: false,
            sha1: false,
            aiaFetch: false,
            revocation: ['stapled', 'ocsp', 'crlite']
        },
        source: {
            offer: 'NSS lib/ssl/ssl3con.c cipher_suite_defs and Firefox security/manager/ssl/nsNSSComponent.cpp (enabled suites); signature schemes: nsNSSIOLayer.cpp sEnabledSignatureSchemes (no rsa_pss_pss_*: an RSA-PSS key refused, SSL_ERROR_NO_CYPHER_OVERLAP, measured here); static RSA key exchange: measured here with Firefox ESR 153',
            limits: 'mozilla::pkix (security/nss/lib/mozpkix): RSA keys under 1024 bits refused (MIN_RSA_BITS_WEAK); NSS lib/ssl/ssl3con.c ssl3_HandleHandshake: a handshake message over MAX_HANDSHAKE_MSG_LEN (0x1ffff) is SSL_ERROR_RX_MALFORMED_HANDSHAKE, measured here (10,000 SANs, 239,769 bytes); lib/mozpkix/include/pkix/Input.h Input::Init: a certificate over 0xffff bytes is SEC_ERROR_BAD_DER, measured here (one of 115 kB)',
            trust: 'CN-only refused, no AIA fetch, OCSP responder asked: measured here (Firefox ESR 153); CRLite for public CAs (Mozilla Security Blog, "CRLite")'
        }
    },
    safari: {
        id: 'safari',
        name: 'Safari',
        browser: true,
        offer: {
            versions: MODERN,
            suites: [
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA2 */ .Sz,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX_SHA2 */ .$g
            ],
            groups: ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1', 'secp521r1'],
            sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512']
        },
        limits: { minRsaBits: 2048, maxLifetimeDays: 825 },
        trust: { cnOnly: false, sha1: false, aiaFetch: true, revocation: ['stapled'] },
        source: {
            offer: 'Apple Platform Security guide, "TLS security" (support.apple.com/guide/security/sec100a75d12); not measured here',
            limits: 'Apple support HT210176 "Requirements for trusted certificates in iOS 13 and macOS 10.15": RSA keys of at least 2048 bits, validity of at most 825 days, for every root',
            trust: 'HT210176: the DNS name must be in the SAN (CN no longer trusted), SHA-1 not trusted; AIA fetching and stapled OCSP: Apple Platform Security guide, "Certificate trust"; not measured here'
        }
    },
    android: {
        id: 'android',
        name: 'Android (OkHttp)',
        browser: false,
        offer: {
            versions: MODERN,
            suites: [..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5, ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8],
            groups: ['x25519', 'secp256r1', 'secp384r1'],
            sigalgs: SIGALGS_COMMON
        },
        limits: { minRsaBits: 1024, maxCertificateMessage: OPENSSL_CERT_LIST },
        trust: { cnOnly: false, sha1: false, aiaFetch: false, revocation: ['none'] },
        source: {
            offer: 'okhttp/src/main/kotlin/okhttp3/ConnectionSpec.kt (MODERN_TLS, APPROVED_CIPHER_SUITES) over Conscrypt (BoringSSL); not measured here',
            limits: 'conscrypt common/src/main/java/org/conscrypt/ChainStrengthAnalyzer.java (RSA >= 1024 bits, no SHA-1 or MD5 signatures); BoringSSL SSL_MAX_CERT_LIST_DEFAULT',
            trust: 'okhttp3/internal/tls/OkHostnameVerifier.kt (subjectAltName only); Android network security config: no AIA fetch, no revocation check by default'
        }
    },
    node20: openssl('node20', 'Node 20', 1, NODE_SUITES, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL30_GROUPS */ .vq, {
        offer: 'Node lib/tls.js DEFAULT_CIPHERS over OpenSSL 3.0: measured here (node 20 with ws)',
        limits: `${SECLEVEL}; Node 20 bundles OpenSSL 3.0 at level 1`,
        trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
    }),
    node22: openssl('node22', 'Node 22', 1, NODE_SUITES, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL30_GROUPS */ .vq, {
        offer: 'Node lib/tls.js DEFAULT_CIPHERS over its bundled OpenSSL (3.0 before Node 22.20, 3.5 from 22.20); not measured here',
        limits: `${SECLEVEL}; as Node 20 (level 1)`,
        trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
    }),
    node24: openssl('node24', 'Node 24', 2, NODE_SUITES, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL35_GROUPS */ .AY, {
        offer: 'Node lib/tls.js DEFAULT_CIPHERS over OpenSSL 3.5: measured here (node 24 with ws)',
        limits: `${SECLEVEL}; a 1024-bit DH group refused: measured here (Node 24)`,
        trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
    }),
    python: openssl('python', 'Python', 2, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL_DEFAULT_SUITES */ .X5, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL30_GROUPS */ .vq, {
        offer: "measured here: python3 -c 'import ssl; print(ssl.create_default_context().get_ciphers())' (Debian 12, Python 3.11, OpenSSL 3.0: OpenSSL's DEFAULT list)",
        limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
        trust: OPENSSL_TRUST
    }),
    go: {
        id: 'go',
        name: 'Go',
        browser: false,
        offer: {
            versions: MODERN,
            suites: [
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .TLS13 */ .gY,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX */ .k8,
                'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
                'TLS_RSA_WITH_3DES_EDE_CBC_SHA'
            ],
            groups: ['x25519', 'secp256r1', 'secp384r1', 'secp521r1'],
            sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512', 'ed25519']
        },
        limits: { minRsaBits: 0, maxCertificateMessage: 65_536 },
        trust: { cnOnly: false, sha1: false, aiaFetch: false, revocation: ['none'] },
        source: {
            offer: 'Go 1.19 (Debian 12) src/crypto/tls/cipher_suites.go (no finite-field DHE at all; static RSA by default until Go 1.22, GODEBUG tlsrsakex) and common.go defaultCurvePreferences: measured here (go 1.19); signature schemes: common.go supportedSignatureAlgorithms (no rsa_pss_pss_*: an RSA-PSS key fails the handshake, measured here)',
            limits: 'Go 1.19 src/crypto/tls/conn.go maxHandshake (65536 bytes); no RSA minimum before Go 1.24 (crypto/rsa: 1024 bits, GODEBUG rsa1024min), so a 512-bit key is accepted: to be measured here',
            trust: 'Go 1.15+ crypto/x509 ignores the CN (measured here: CN-only refused); SHA-1 refused since Go 1.18; no AIA fetch, no revocation check'
        }
    },
    java17: java('java17', 'Java 17'),
    java21: java('java21', 'Java 21'),
    curl: openssl('curl', 'curl', 2, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL_DEFAULT_SUITES */ .X5, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL30_GROUPS */ .vq, {
        offer: "curl 7.88 with OpenSSL 3.0 (Debian 12): OpenSSL's DEFAULT list; measured here (curl)",
        limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
        trust: OPENSSL_TRUST
    }),
    curl35: openssl('curl35', 'curl (OpenSSL 3.5)', 2, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL_DEFAULT_SUITES */ .X5, _suites_js__WEBPACK_IMPORTED_MODULE_0__/* .OPENSSL35_GROUPS */ .AY, {
        offer: "curl with OpenSSL 3.5 (Debian 13): OpenSSL's DEFAULT list, OpenSSL 3.5's default groups; not measured here",
        limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
        trust: OPENSSL_TRUST
    }),
    mbedtls: {
        id: 'mbedtls',
        name: 'Mbed TLS',
        browser: false,
        offer: {
            versions: ['TLSv1.2'],
            suites: [
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD,
                'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
                'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA2 */ .Sz,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_CBC_SHA */ .k5,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_AEAD */ .co,
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .DHE_CBC */ .jX,
                'TLS_RSA_WITH_AES_256_GCM_SHA384',
                'TLS_RSA_WITH_AES_128_GCM_SHA256',
                ..._suites_js__WEBPACK_IMPORTED_MODULE_0__/* .RSA_KEX_SHA2 */ .$g,
                'TLS_RSA_WITH_AES_256_CBC_SHA',
                'TLS_RSA_WITH_AES_128_CBC_SHA'
            ],
            groups: ['secp256r1', 'secp384r1', 'x25519', 'secp521r1'],
            sigalgs: SIGALGS_COMMON
        },
        limits: { minRsaBits: 2048, minDhBits: 1024, maxCertificateMessage: 16_384 },
        trust: { cnOnly: true, sha1: false, aiaFetch: false, revocation: ['none'] },
        source: {
            offer: 'Mbed TLS 3.x library/ssl_ciphersuites.c (ciphersuite_preference) and the default mbedtls_config.h (TLS 1.3 off by default); not measured here',
            limits: 'library/x509_crt.c mbedtls_x509_crt_profile_default (RSA >= 2048, SHA-2 only); library/ssl_tls.c dhm_min_bitlen 1024; MBEDTLS_SSL_IN_CONTENT_LEN 16384 (a handshake message must fit)',
            trust: 'library/x509_crt.c x509_crt_verify_name: the CN is matched when there is no SAN; no AIA fetch, no revocation check'
        }
    }
};


/***/ }),

/***/ 56371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ RSA_KEX_SHA2),
/* harmony export */   AY: () => (/* binding */ OPENSSL35_GROUPS),
/* harmony export */   Sz: () => (/* binding */ ECDHE_CBC_SHA2),
/* harmony export */   X5: () => (/* binding */ OPENSSL_DEFAULT_SUITES),
/* harmony export */   _j: () => (/* binding */ SUITE_OPENSSL),
/* harmony export */   co: () => (/* binding */ DHE_AEAD),
/* harmony export */   d2: () => (/* binding */ GROUP_OPENSSL),
/* harmony export */   gV: () => (/* binding */ GROUP_CODE),
/* harmony export */   gY: () => (/* binding */ TLS13),
/* harmony export */   jX: () => (/* binding */ DHE_CBC),
/* harmony export */   k5: () => (/* binding */ ECDHE_CBC_SHA),
/* harmony export */   k8: () => (/* binding */ RSA_KEX),
/* harmony export */   mD: () => (/* binding */ ECDHE_AEAD),
/* harmony export */   pU: () => (/* binding */ NODE_GROUP_IANA),
/* harmony export */   tc: () => (/* binding */ SUITE_CODE),
/* harmony export */   tm: () => (/* binding */ keyExchange),
/* harmony export */   vq: () => (/* binding */ OPENSSL30_GROUPS)
/* harmony export */ });
// Cipher suites and groups by their IANA names, as profiles list them, with the OpenSSL names a
// replay of a client's offer needs and the code points a ServerHello names them by. A suite or
// group not listed here is one Node's OpenSSL cannot offer: the replay leaves it out (and says
// so in the verdict's why).
/** IANA name → OpenSSL name. TLS 1.3 suites have the same name in both. */
const SUITE_OPENSSL = {
    TLS_AES_128_GCM_SHA256: 'TLS_AES_128_GCM_SHA256',
    TLS_AES_256_GCM_SHA384: 'TLS_AES_256_GCM_SHA384',
    TLS_CHACHA20_POLY1305_SHA256: 'TLS_CHACHA20_POLY1305_SHA256',
    TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
    TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
    TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
    TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 'ECDHE-ECDSA-AES128-SHA256',
    TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 'ECDHE-RSA-AES128-SHA256',
    TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 'ECDHE-ECDSA-AES256-SHA384',
    TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 'ECDHE-RSA-AES256-SHA384',
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
    TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
    TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
    TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
    TLS_ECDHE_ECDSA_WITH_AES_128_CCM: 'ECDHE-ECDSA-AES128-CCM',
    TLS_ECDHE_ECDSA_WITH_AES_256_CCM: 'ECDHE-ECDSA-AES256-CCM',
    TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 'DHE-RSA-AES128-GCM-SHA256',
    TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 'DHE-RSA-AES256-GCM-SHA384',
    TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'DHE-RSA-CHACHA20-POLY1305',
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA256: 'DHE-RSA-AES128-SHA256',
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA256: 'DHE-RSA-AES256-SHA256',
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA: 'DHE-RSA-AES128-SHA',
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA: 'DHE-RSA-AES256-SHA',
    TLS_DHE_RSA_WITH_AES_128_CCM: 'DHE-RSA-AES128-CCM',
    TLS_DHE_RSA_WITH_AES_256_CCM: 'DHE-RSA-AES256-CCM',
    TLS_RSA_WITH_AES_128_GCM_SHA256: 'AES128-GCM-SHA256',
    TLS_RSA_WITH_AES_256_GCM_SHA384: 'AES256-GCM-SHA384',
    TLS_RSA_WITH_AES_128_CBC_SHA256: 'AES128-SHA256',
    TLS_RSA_WITH_AES_256_CBC_SHA256: 'AES256-SHA256',
    TLS_RSA_WITH_AES_128_CBC_SHA: 'AES128-SHA',
    TLS_RSA_WITH_AES_256_CBC_SHA: 'AES256-SHA',
    TLS_RSA_WITH_AES_128_CCM: 'AES128-CCM',
    TLS_RSA_WITH_AES_256_CCM: 'AES256-CCM',
    TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 'ECDHE-RSA-DES-CBC3-SHA',
    TLS_RSA_WITH_3DES_EDE_CBC_SHA: 'DES-CBC3-SHA'
};
/** IANA group name → OpenSSL name (ecdhCurve). */
const GROUP_OPENSSL = {
    X25519MLKEM768: 'X25519MLKEM768',
    x25519: 'X25519',
    secp256r1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
    x448: 'X448',
    ffdhe2048: 'ffdhe2048',
    ffdhe3072: 'ffdhe3072',
    ffdhe4096: 'ffdhe4096'
};
/** The group Node reports (getEphemeralKeyInfo().name) → its IANA name. */
const NODE_GROUP_IANA = {
    X25519: 'x25519',
    prime256v1: 'secp256r1',
    secp384r1: 'secp384r1',
    secp521r1: 'secp521r1',
    X448: 'x448',
    X25519MLKEM768: 'X25519MLKEM768'
};
// The sets clients share, most preferred first.
const TLS13 = [
    'TLS_AES_128_GCM_SHA256',
    'TLS_AES_256_GCM_SHA384',
    'TLS_CHACHA20_POLY1305_SHA256'
];
const ECDHE_AEAD = [
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'
];
const ECDHE_CBC_SHA = [
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'
];
const ECDHE_CBC_SHA2 = [
    'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'
];
const DHE_AEAD = [
    'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'
];
const DHE_CBC = [
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
    'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
    'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'
];
/** Static RSA key exchange, as Chromium, Firefox, Safari, OkHttp and Go 1.19 still offer it. */
const RSA_KEX = [
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_CBC_SHA',
    'TLS_RSA_WITH_AES_256_CBC_SHA'
];
const RSA_KEX_SHA2 = ['TLS_RSA_WITH_AES_128_CBC_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA256'];
/** OpenSSL 3.0's default groups (Node 20 and 22, Debian 12's Python and curl). */
const OPENSSL30_GROUPS = [
    'x25519',
    'secp256r1',
    'x448',
    'secp521r1',
    'secp384r1',
    'ffdhe2048',
    'ffdhe3072',
    'ffdhe4096'
];
/** OpenSSL 3.5's default groups: the ML-KEM hybrid first. */
const OPENSSL35_GROUPS = [
    'X25519MLKEM768',
    'x25519',
    'secp256r1',
    'x448',
    'secp384r1',
    'secp521r1',
    'ffdhe2048',
    'ffdhe3072'
];
/** What OpenSSL's DEFAULT cipher list offers over TLS 1.2 (ECDHE, DHE, then static RSA). */
const OPENSSL_DEFAULT_SUITES = [
    ...TLS13,
    ...ECDHE_AEAD,
    ...DHE_AEAD,
    ...ECDHE_CBC_SHA2,
    ...DHE_CBC.slice(0, 2),
    ...ECDHE_CBC_SHA,
    ...DHE_CBC.slice(2),
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
    ...RSA_KEX_SHA2,
    'TLS_RSA_WITH_AES_256_CBC_SHA',
    'TLS_RSA_WITH_AES_128_CBC_SHA'
];
/** The key exchange of a TLS 1.2 suite; TLS 1.3 suites say nothing of it (the group does). */
function keyExchange(suite) {
    if (/^TLS_ECDHE_/.test(suite))
        return 'ECDHE';
    if (/^TLS_DHE_/.test(suite))
        return 'DHE';
    if (/^TLS_RSA_WITH_/.test(suite))
        return 'RSA';
    if (/^TLS_(AES|CHACHA20)/.test(suite))
        return 'TLS1.3';
    return 'other';
}
/** IANA suite name → its code point, as a ServerHello names the suite it picked (RFC 8446
 * B.4, RFC 5246 A.5, RFC 5289, RFC 7905, RFC 6655). */
const SUITE_CODE = {
    TLS_AES_128_GCM_SHA256: 0x1301,
    TLS_AES_256_GCM_SHA384: 0x1302,
    TLS_CHACHA20_POLY1305_SHA256: 0x1303,
    TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 0xc02b,
    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 0xc02f,
    TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 0xc02c,
    TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 0xc030,
    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 0xcca9,
    TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 0xcca8,
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 0xc023,
    TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 0xc027,
    TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384: 0xc024,
    TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384: 0xc028,
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 0xc009,
    TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 0xc013,
    TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 0xc00a,
    TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 0xc014,
    TLS_ECDHE_ECDSA_WITH_AES_128_CCM: 0xc0ac,
    TLS_ECDHE_ECDSA_WITH_AES_256_CCM: 0xc0ad,
    TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 0x009e,
    TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 0x009f,
    TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 0xccaa,
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA256: 0x0067,
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA256: 0x006b,
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA: 0x0033,
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA: 0x0039,
    TLS_DHE_RSA_WITH_AES_128_CCM: 0xc09e,
    TLS_DHE_RSA_WITH_AES_256_CCM: 0xc09f,
    TLS_RSA_WITH_AES_128_GCM_SHA256: 0x009c,
    TLS_RSA_WITH_AES_256_GCM_SHA384: 0x009d,
    TLS_RSA_WITH_AES_128_CBC_SHA256: 0x003c,
    TLS_RSA_WITH_AES_256_CBC_SHA256: 0x003d,
    TLS_RSA_WITH_AES_128_CBC_SHA: 0x002f,
    TLS_RSA_WITH_AES_256_CBC_SHA: 0x0035,
    TLS_RSA_WITH_AES_128_CCM: 0xc09c,
    TLS_RSA_WITH_AES_256_CCM: 0xc09d,
    TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 0xc012,
    TLS_RSA_WITH_3DES_EDE_CBC_SHA: 0x000a
};
/** IANA group name → its code point (supported_groups, key_share, ServerKeyExchange). */
const GROUP_CODE = {
    secp256r1: 0x0017,
    secp384r1: 0x0018,
    secp521r1: 0x0019,
    x25519: 0x001d,
    x448: 0x001e,
    ffdhe2048: 0x0100,
    ffdhe3072: 0x0101,
    ffdhe4096: 0x0102,
    X25519MLKEM768: 0x11ec
};


/***/ }),

/***/ 81532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep input order. */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 99876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  Qh: () => (/* reexport */ INPUT_NAMES),
  o4: () => (/* binding */ parseConfig),
  Ei: () => (/* binding */ prepareConfig)
});

// UNUSED EXPORTS: FAIL_ON

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clients/policy.ts
var policy = __nccwpck_require__(12244);
;// CONCATENATED MODULE: ./src/inputs.ts
// Every input, declared once: action.yml's `inputs:` block and docs/inputs.md's inputs reference are
// generated from this table (`npm run inputs:write`), the CLI's flags and `--help` are built from
// it, and parseConfig takes its defaults from it. Descriptions use Markdown code spans only
// (backticks), which the CLI help drops.
/** Largest `targets-file` and `ca-file` read, so that a huge or endless file cannot exhaust memory. */
const FILE_LIMIT_BYTES = 4 * 1024 * 1024;
const INPUTS = [
    {
        name: 'urls',
        default: '',
        metavar: 'URL',
        description: '`wss://` (and `ws://`) URLs to check, separated by newlines or commas.'
    },
    {
        name: 'targets-file',
        default: '',
        metavar: 'FILE',
        description: "A file (relative to the workspace; to the current directory for the CLI) listing targets, one per line; blank lines and `#` comments are allowed. Findings are annotated at the file's line. At most 4 MiB."
    },
    {
        name: 'ca-file',
        default: '',
        metavar: 'FILE',
        description: "PEM bundle of extra CA certificates trusted in addition to Node's built-in roots: for services behind an internal CA. At most 4 MiB."
    },
    {
        name: 'resolve',
        default: '',
        metavar: 'HOST:PORT:ADDR',
        repeatable: true,
        description: "Lines `host:port:address[,address…]`, like curl's `--resolve`: connect to the addresses but use the real host name for SNI, `Host` and certificate checks (test a server before DNS points at it)."
    },
    {
        name: 'timeout-ms',
        default: '10000',
        metavar: 'N',
        description: 'Timeout of each network step of a probe, in milliseconds (100–600000).'
    },
    {
        name: 'concurrency',
        default: '8',
        metavar: 'N',
        description: 'How many targets are probed at once (1–256).'
    },
    {
        name: 'fail-on',
        default: 'error',
        metavar: 'LEVEL',
        description: '`error`: fail the step when any check fails; `warning`: also when any check warns; `never`: report only.'
    },
    {
        name: 'expiry-warning-days',
        default: '',
        metavar: 'N',
        description: "Warn when the certificate expires in fewer than this many days (0–3650). Empty: when under a third of the certificate's lifetime remains, at most 30 days (a 90-day certificate warns at 30 days left, a 47-day one at about 15)."
    },
    {
        name: 'expiry-error-days',
        default: '',
        metavar: 'N',
        description: 'Fail when the certificate expires in fewer than this many days (0–3650). Empty: a tenth of the lifetime, at most 7 days.'
    },
    {
        name: 'max-targets',
        default: '1000',
        metavar: 'N',
        description: 'Targets beyond this count are not probed; they are reported as one failing `input` finding (split big lists over matrix jobs).'
    },
    {
        name: 'json-report',
        default: '',
        metavar: 'FILE',
        description: 'Where to write the JSON report (relative to the workspace; to the current directory for the CLI). Empty: a temporary file. The report is always written; its path is the `report` output.'
    },
    {
        name: 'sarif-report',
        default: '',
        metavar: 'FILE',
        description: 'Where to write a SARIF 2.1.0 file for code scanning (relative to the workspace; to the current directory for the CLI): every failed or warned check that points at a line (a `targets-file` line, a scanned file). Empty: none. Its path is the `sarif` output.'
    },
    {
        name: 'shard',
        default: '',
        metavar: 'I/N',
        description: "Check only shard `i` of `n` of the targets (e.g. `2/4`, from a matrix): a target always lands in the same shard (a hash of its label), whatever the order of the list. Scans run in shard 1 only. Merge the shards' JSON reports with `merge-reports`."
    },
    {
        name: 'merge-reports',
        default: '',
        metavar: 'GLOB',
        repeatable: true,
        description: 'Globs of JSON reports written by shards (relative to the workspace; to the current directory for the CLI). When set, nothing is probed: the reports are merged into one summary, one set of annotations, the outputs and the exit code. The reports must come from the same wss-doctor version, and every shard of a sharded run must be there exactly once.'
    },
    {
        name: 'min-tls-version',
        default: '1.2',
        metavar: 'V',
        description: 'Lowest TLS version that is not legacy (`1.0`–`1.3`); a server that accepts an older one gets a warning.'
    },
    {
        name: 'fail-on-legacy-tls',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: accepting a version below `min-tls-version` fails instead of warning.'
    },
    {
        name: 'require-tls-versions',
        default: '',
        metavar: 'LIST',
        description: 'TLS versions the server must accept, e.g. `1.2, 1.3`; a refusal fails. Empty: refusing TLS 1.2 is a warning (clients and proxies that stop at 1.2).'
    },
    {
        name: 'headers',
        default: '',
        metavar: "'NAME: VALUE'",
        repeatable: true,
        description: 'Extra upgrade request headers, one `Name: value` a line (authentication); values must be printable ASCII. Values are masked with `core.setSecret` and never echoed, not even in an error.'
    },
    {
        name: 'origin',
        default: '',
        metavar: 'URL',
        description: '`Origin` header for the upgrade: the page that opens the WebSocket. A 403 then says the server rejects that origin.'
    },
    {
        name: 'subprotocols',
        default: '',
        metavar: 'LIST',
        description: "Subprotocols to offer (`Sec-WebSocket-Protocol`), comma- or space-separated, each a token (letters, digits and ``!#$%&'*+-.^_`|~``) and none twice; the one the server picks is shown in the summary."
    },
    {
        name: 'message',
        default: '',
        metavar: 'TEXT',
        description: 'A text frame to send once the connection is open.'
    },
    {
        name: 'expect',
        default: '',
        metavar: 'REGEX',
        description: 'Regular expression a server frame must match within `timeout-ms` (after `message`, when given), in RE2 syntax: no backreferences or lookaround, `(?i)` for case-insensitive. Matched in linear time against the first 64 KiB of each frame.'
    },
    {
        name: 'compare-plain',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: when a `wss://` URL fails, also try `ws://` (port 80, same host and path). A `ws://` twin listed in the targets is always used.'
    },
    {
        name: 'origin-check',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: also try the upgrade with `Origin: https://evil.example` and warn when the server accepts it (cross-site WebSocket hijacking).'
    },
    {
        name: 'weak-crypto',
        default: 'warn',
        metavar: 'LEVEL',
        description: 'What an RSA key under 2048 bits, an EC key under 256 bits or a SHA-1/MD5 signature anywhere in the chain is: `warn`, `fail` or `off`.'
    },
    {
        name: 'clients',
        default: 'browsers',
        metavar: 'LIST',
        description: 'The clients that must connect, by id: `chrome`, `firefox`, `safari`, `android`, `node20`, `node22`, `node24`, `python`, `go`, `java17`, `java21`, `curl`, `curl35`, `mbedtls`, or `browsers`, `node`, `java`, `all`. A failure that stops none of them (by the per-client verdicts of the report) is a warning; one that stops any of them fails.'
    },
    {
        name: 'all-addresses',
        default: 'true',
        metavar: 'BOOL',
        description: 'Probe every A and AAAA address of a host (and every address of a `resolve` line) and report the address that serves a different or failing certificate. `false`: the first address only.'
    },
    {
        name: 'revocation',
        default: 'soft',
        metavar: 'MODE',
        description: 'Revocation of the leaf: a stapled OCSP response, else the CRL it names (fetched once per run), else its OCSP responder. `soft`: an unknown status warns; `hard`: it fails; `off`: not checked. A revoked certificate always fails.'
    },
    {
        name: 'client-cert',
        default: '',
        metavar: 'FILE',
        description: 'PEM file with a client certificate (then its intermediates) for endpoints that require mutual TLS (nginx `ssl_verify_client on`); with `client-key`. Presented in every handshake with the targets: a certificate is public, the key never leaves the runner. At most 4 MiB.'
    },
    {
        name: 'client-key',
        default: '',
        metavar: 'FILE',
        description: 'PEM file with the private key of `client-cert` (PKCS#8, PKCS#1 or SEC1; encrypted with `client-key-passphrase`). At most 4 MiB.'
    },
    {
        name: 'client-key-passphrase',
        default: '',
        metavar: 'TEXT',
        description: 'Passphrase of an encrypted `client-key`; masked in the log like other secrets.'
    },
    {
        name: 'scan-paths',
        default: '',
        metavar: 'GLOBS',
        description: 'Globs (relative to the workspace, one a line or comma-separated) of source files to scan for insecure `ws://` WebSocket URLs (JS/TS/JSX/TSX/Vue/Svelte/HTML and `.env` files; `node_modules` and build output skipped). Empty: no source scan.'
    },
    {
        name: 'allow-insecure-hosts',
        default: '',
        metavar: 'HOSTS',
        description: 'Hosts whose `ws://` URLs the source scan accepts besides loopback (`localhost`, `127.0.0.1`, `[::1]`), comma- or space-separated.'
    },
    {
        name: 'probe-discovered',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: the `wss://` URLs the source and page scans find are checked as targets too.'
    },
    {
        name: 'page-urls',
        default: '',
        metavar: 'URLS',
        description: '`https` pages to fetch with their same-origin scripts: the WebSocket endpoints they open are reported (`ws://` ones fail as mixed content), and their `Content-Security-Policy` `connect-src` must allow the `wss://` ones.'
    },
    {
        name: 'browser',
        default: 'off',
        metavar: 'NAME',
        description: "`chromium`: also open each page (or a blank page of each target's origin) in headless Chromium and report every WebSocket it opens or fails to open, with the browser's own error. `off`: no browser."
    },
    {
        name: 'browser-path',
        default: '',
        metavar: 'FILE',
        description: 'The Chromium executable for `browser: chromium`. Empty: the one on the runner (`chromium`, `chromium-browser` or `google-chrome` on the PATH).'
    },
    {
        name: 'config-paths',
        default: '',
        metavar: 'GLOBS',
        description: 'Globs of proxy configuration files to check for what WebSockets over TLS need, annotated at the line that breaks it: nginx, HAProxy, Apache (vhosts, `.htaccess`), Caddy, lighttpd, h2o, Traefik (YAML or TOML), Envoy and Kubernetes Ingress, each told by its content, not its name; a file of another kind is skipped with a notice. Empty: no configuration check.'
    },
    {
        name: 'websocket-paths',
        default: '',
        metavar: 'PATHS',
        description: 'Paths (an nginx `location`, a Caddy or h2o path, an Apache `ProxyPass` path, an HAProxy or Traefik route) that carry WebSocket traffic, besides those the configuration check recognises itself (a path or upstream named like a socket, the upgrade idioms of each proxy).'
    },
    {
        name: 'idle-timeout',
        default: '60s',
        metavar: 'DURATION',
        description: "The longest silence between frames of your WebSockets (`90s`, `10m`; a bare number is seconds): the `idle` check holds a WebSocket to each endpoint open this long plus 5 % (at least 1 s more: `60s` holds 63 s), sending nothing and answering the server's pings as a browser does, and fails when it is cut sooner; proxy read and send timeouts in `config-paths` must be longer too. All endpoints are held at once (at most 256 open at a time), so a run takes about that much longer; `deadline` must leave room for it. `0`: no idle check (nothing held, configuration timeouts not judged)."
    },
    {
        name: 'config-serve',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: also run each configuration from `config-paths` for real on loopback, in its own proxy (nginx, HAProxy, Apache, Caddy, lighttpd or h2o, which must be on the runner), with throwaway certificates and a local WebSocket echo as every upstream, and probe each TLS site with every live check. Traefik, Envoy and Ingress files are checked statically only.'
    },
    {
        name: 'comment',
        actionOnly: true,
        default: 'off',
        metavar: 'WHEN',
        description: 'Pull requests: one comment per workflow and job with the summary table and the failing details, updated in place on later runs. `on-failure`: only when the result fails `fail-on` (an existing comment is updated once things pass again); `always`: on every run; `off`: none. Needs `pull-requests: write`.'
    },
    {
        name: 'issue',
        actionOnly: true,
        default: 'off',
        metavar: 'WHEN',
        description: 'For scheduled runs. `on-failure`: one open issue per workflow (label `wss-doctor`) listing the failing endpoints and the certificates about to expire, updated by later runs and closed when everything passes again; an issue closed by hand stays closed. Not on pull requests (their failures go to `comment`). `off`: none. Needs `issues: write`.'
    },
    {
        name: 'github-token',
        actionOnly: true,
        default: '${{ github.token }}',
        metavar: 'TOKEN',
        description: "Token for `comment` and `issue` (GitHub's REST API at `GITHUB_API_URL`); masked in the log. The default is the workflow's own token."
    },
    {
        name: 'deadline',
        default: '10m',
        metavar: 'DURATION',
        description: 'Bound of the whole run (`90s`, `10m`, `1h`; a bare number is seconds): targets not finished by then are reported as timed out, and the report is still written.'
    },
    {
        name: 'wait',
        default: '',
        metavar: 'DURATION',
        description: 'After a deploy: how long failing targets get to pass (`5m`, `90s`; empty or `0`: no wait), re-checked 5 s, 10 s, 20 s… (at most 60 s) apart; the report lists the attempts and names a certificate still unchanged. Within `deadline`.'
    }
];
const INPUT_NAMES = INPUTS.map(input => input.name);
/** The inputs the CLI takes as flags. */
const CLI_INPUT_NAMES = INPUTS
    .filter(input => !input.actionOnly)
    .map(input => input.name);
const INPUT_DEFAULTS = Object.fromEntries(INPUTS.map(input => [input.name, input.default]));
/** The description as plain text, for a terminal. */
function plainDescription(input) {
    return input.description.replace(/``(.+?)``|`([^`]*)`/g, (_, double, single) => double ?? single);
}
/** The CLI's arguments and options: `urls` (the positional arguments), a flag per input, then
 * the CLI's own flags (`extra`: flag, description), in one layout. */
function cliOptionsHelp(extra = [], width = 100) {
    const flags = INPUTS.filter(input => !input.actionOnly);
    const entries = flags.map(input => {
        const notes = [
            input.name === 'urls' ? 'The urls input.' : '',
            input.repeatable ? 'Repeatable: one value each time.' : '',
            // A no-break space keeps "Default: X" on one line.
            `Default:\u00a0${input.default === '' ? 'none' : input.default}.`
        ];
        const head = input.name === 'urls' ? '<wss://url>...' : `--${input.name} ${input.metavar}`;
        return [head, [plainDescription(input), ...notes].filter(Boolean).join(' ')];
    });
    entries.push(...extra);
    const column = Math.max(...entries.map(([head]) => head.length)) + 4;
    return entries
        .flatMap(([head, text]) => {
        const [first, ...rest] = wrap(text, width - column).map(l => l.replace(/\u00a0/g, ' '));
        return [`  ${head}`.padEnd(column) + first, ...rest.map(l => ' '.repeat(column) + l)];
    })
        .join('\n');
}
/** Greedy word wrap; a word longer than the width stays whole on its own line. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/matcher.ts
/** Only the first 64 KiB (65,536 UTF-16 code units) of a frame are matched: a bound on the work
 * per frame whatever the server sends. */
const MATCH_LIMIT = 64 * 1024;
let engine;
/** Loads RE2 for compileMatcher. It is 7,000 lines that take ~20 ms to evaluate, and most runs
 * have no `expect`: a chunk of its own, loaded only by a run that needs it. */
async function loadMatcher() {
    engine ??= (await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856))).RE2JS;
}
/** Throws a SyntaxError that explains RE2 syntax when RE2 cannot compile `source`. Needs
 * loadMatcher() to have finished. */
function compileMatcher(source) {
    if (!engine)
        throw new Error('compileMatcher before loadMatcher() finished');
    let re;
    try {
        re = engine.compile(source);
    }
    catch (err) {
        throw new SyntaxError(`${JSON.stringify(source)} is not a regular expression RE2 accepts (${err.message}). ` +
            'The pattern uses RE2 syntax, which matches in linear time: no backreferences (\\1) ' +
            'and no lookaround ((?=…), (?!…), (?<=…)); (?i) makes it case-insensitive.', { cause: err });
    }
    return {
        test: text => re.test(text.slice(0, MATCH_LIMIT)),
        toString: () => `/${source}/`
    };
}

;// CONCATENATED MODULE: ./src/client-certificate.ts
// client-cert / client-key: the identity an mTLS endpoint asks for, checked once when the inputs
// are read, so that a wrong passphrase or a key of another certificate is one clear input error.

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** A PKCS#8 encrypted key, or a traditional one (PKCS#1, SEC 1) under `Proc-Type: 4,ENCRYPTED`. */
const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type:[ \t]*4,ENCRYPTED\s*$/m;
/** `certPem` (the leaf first, then any intermediates) and `keyPem` → a checked client
 * certificate, or the reason it is not one (never quoting the key or the passphrase). */
function clientCertificate(certPem, keyPem, passphrase) {
    const pems = certPem.match(PEM_CERT) ?? [];
    const first = pems[0];
    if (first === undefined)
        return { problem: 'client-cert contains no PEM certificate' };
    let leaf;
    try {
        leaf = new external_node_crypto_.X509Certificate(first);
    }
    catch {
        return { problem: 'client-cert: the first certificate is not a valid X.509 certificate' };
    }
    const key = openKey(keyPem, passphrase);
    if ('problem' in key)
        return key;
    if (!leaf.checkPrivateKey(key))
        return { problem: 'client-key does not belong to the first certificate in client-cert' };
    return { cert: pems.join('\n'), key: keyPem, passphrase: passphrase || undefined };
}
/** The private key, or why it does not open. Whether it is encrypted is read from the PEM, not
 * from OpenSSL's error: a wrong passphrase mostly fails the decryption's padding check ("bad
 * decrypt"), but about once in 256 the padding passes by chance and the garbled bytes then
 * fail to parse ("DECODER routines::unsupported"), which looks like a file that is no key. */
function openKey(keyPem, passphrase) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: keyPem, ...(passphrase ? { passphrase } : {}) });
    }
    catch {
        if (!ENCRYPTED_KEY.test(keyPem))
            return { problem: 'client-key is not a PEM private key' };
        return {
            problem: passphrase
                ? 'client-key is encrypted and client-key-passphrase does not open it'
                : 'client-key is encrypted and client-key-passphrase is not set'
        };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/input-file.ts
// The files inputs name (targets-file, ca-file, client-cert, client-key), read whole before the
// run: only regular files, and at most a size limit. Opening a FIFO waits for a writer and
// reading a pipe or a terminal waits for its end, on the one thread the run's deadline needs,
// so a special file is refused at once instead of hanging the run with no output.


const MiB = 1024 * 1024;
/** The file's text, or why it is not read (naming the input and the path as given). */
function readInputFile(baseDir, file, name, limit) {
    const unreadable = (err) => ({
        problem: `${name}: cannot read "${file}" (${err.code ?? 'unreadable'})`
    });
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer (it changes nothing for a file).
        fd = (0,external_node_fs_.openSync)(external_node_path_default().resolve(baseDir, file), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (err) {
        return unreadable(err);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (stats.isDirectory())
            return { problem: `${name}: "${file}" is a directory; give the path of a file` };
        if (!stats.isFile()) {
            return {
                problem: `${name}: "${file}" is not a regular file (${specialKind(stats)}), which could block the run; write its content to a file and give that file's path`
            };
        }
        const text = readUpTo(fd, limit);
        if (text === undefined) {
            return {
                problem: `${name}: "${file}" is larger than ${limit / MiB} MiB, the most wss-doctor reads from ${name}`
            };
        }
        return { text };
    }
    catch (err) {
        return unreadable(err);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** At most `limit` bytes as UTF-8; undefined when there are more. */
function readUpTo(fd, limit) {
    const chunks = [];
    let total = 0;
    // One byte past the limit tells a file of exactly the limit from a longer one (a file may
    // grow while it is read: its size is not trusted).
    while (total <= limit) {
        const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
        const read = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
        if (read === 0)
            break;
        chunks.push(chunk.subarray(0, read));
        total += read;
    }
    return total > limit ? undefined : Buffer.concat(chunks, total).toString('utf8');
}
function specialKind(stats) {
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'a special file';
}

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(27194);
;// CONCATENATED MODULE: ./src/shard.ts
// Sharding a big target list over matrix jobs: `shard: i/n` keeps the targets whose label
// hashes to i. The hash depends on the label alone, so a target stays in its shard whatever
// the order of the list or the other entries; merge-reports puts the shards back together.

const MAX_SHARDS = 256;
/** "2/4" → { index: 2, count: 4 }; '' → undefined; anything else throws (the caller says which
 * input). */
function parseShard(text) {
    if (text === '')
        return undefined;
    const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!(count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count))
        throw new Error(`expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4, or \${{ matrix.shard }}/4), got "${text}"`);
    return { index, count };
}
/** The shard (1…count) a target label belongs to: SHA-256 of the label, modulo count. */
function shardOf(label, count) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(label).digest();
    // 48 bits of the digest: exact in a double, and uniform enough for any count ≤ 256.
    return (digest.readUIntBE(0, 6) % count) + 1;
}
function inShard(label, shard) {
    return shardOf(label, shard.count) === shard.index;
}

// EXTERNAL MODULE: ./src/targets.ts
var src_targets = __nccwpck_require__(38993);
;// CONCATENATED MODULE: ./src/config.ts
// Inputs (action inputs or CLI flags, both as strings) → one validated Config. Only this
// module reads inputs; a value that makes the whole run meaningless is a ConfigError, while a
// bad target entry becomes a Target with a `problem` and the run goes on.












const FAIL_ON = ['error', 'warning', 'never'];
const VERSION_INPUT = {
    '1.0': 'TLSv1',
    '1.1': 'TLSv1.1',
    '1.2': 'TLSv1.2',
    '1.3': 'TLSv1.3'
};
/** Shorter secrets are not masked in text (see `secrets` below). */
const MIN_MASKED_LENGTH = 3;
class ConfigError extends Error {
    name = 'ConfigError';
}
/** Loads what parseConfig needs for these inputs and most runs do not (RE2 for `expect`), so
 * that start-up does not pay for it: await it before parseConfig. */
async function prepareConfig(raw) {
    if (raw.expect?.trim())
        await loadMatcher();
}
/** `baseDir` resolves relative paths: the workspace in Actions, the cwd for the CLI. Inputs
 * with an `expect` need `await prepareConfig(raw)` first. */
function parseConfig(raw, baseDir) {
    const startedAt = Date.now();
    // An empty input means its declared default, as in the action (core.getInput) and the CLI.
    const input = (name) => (raw[name] ?? '').trim() || INPUT_DEFAULTS[name];
    const timeoutMs = integer(input('timeout-ms'), 'timeout-ms', 100, 600000);
    const concurrency = integer(input('concurrency'), 'concurrency', 1, 256);
    const expiryWarningDays = optionalInteger(input('expiry-warning-days'), 'expiry-warning-days', 0, 3650);
    const expiryErrorDays = optionalInteger(input('expiry-error-days'), 'expiry-error-days', 0, 3650);
    const maxTargets = integer(input('max-targets'), 'max-targets', 1, 1000000);
    const failOn = oneOf(input('fail-on'), 'fail-on', FAIL_ON);
    const entries = (0,src_targets/* splitUrlsInput */.jC)(input('urls'));
    const targetsFile = input('targets-file');
    if (targetsFile) {
        // Annotations need the path relative to the workspace, however the input spelled it.
        const relative = external_node_path_default().relative(baseDir, external_node_path_default().resolve(baseDir, targetsFile));
        const annotatedAs = relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? targetsFile : relative;
        entries.push(...(0,src_targets/* parseTargetsFile */.Ci)(readText(baseDir, targetsFile, 'targets-file'), annotatedAs));
    }
    const resolve = (0,src_targets/* parseResolve */.qK)(input('resolve'));
    const mergeReports = (0,src_targets/* splitUrlsInput */.jC)(input('merge-reports')).map(e => e.text);
    if (mergeReports.length > 0 && (entries.length > 0 || resolve.problems.length > 0))
        throw new ConfigError('`merge-reports` merges reports and probes nothing: leave `urls` and `targets-file` empty');
    // A run that only scans (source files, pages, proxy configuration) needs no target.
    const scanInputs = ['scan-paths', 'page-urls', 'config-paths'];
    if (entries.length === 0 &&
        resolve.problems.length === 0 &&
        mergeReports.length === 0 &&
        !scanInputs.some(name => input(name))) {
        throw new ConfigError('Nothing to check: set `urls` or `targets-file` (wss:// endpoints), or a scan (`scan-paths`, `page-urls`, `config-paths`)');
    }
    let shard;
    try {
        shard = parseShard(input('shard'));
    }
    catch (err) {
        throw new ConfigError(`shard: ${err.message}`);
    }
    const secrets = [];
    // A shard keeps its share of the whole list, each target with its position in the list (the
    // merge restores the order); max-targets then applies to that share.
    const listed = (shard ? entries : entries.slice(0, maxTargets + 1)).map((entry, i) => {
        const parsed = (0,src_targets/* toTarget */.LJ)(entry, resolve);
        const position = resolve.problems.length + i;
        return shard ? { ...parsed, target: { ...parsed.target, position } } : parsed;
    });
    const mine = shard ? listed.filter(p => inShard(p.target.label, shard)) : listed;
    const targets = shard
        ? resolve.problems
            .map((target, position) => ({ ...target, position }))
            .filter(target => inShard(target.label, shard))
        : [...resolve.problems];
    for (const parsed of mine.slice(0, maxTargets)) {
        targets.push(parsed.target);
        secrets.push(...parsed.secrets);
    }
    const total = shard ? mine.length : entries.length;
    if (total > maxTargets) {
        targets.push({
            label: `${total - maxTargets} more targets${shard ? ` of shard ${shard.index}/${shard.count}` : ''}`,
            source: mine[maxTargets].target.source,
            problem: `Only the first ${maxTargets} of ${total} targets were checked (max-targets). Raise max-targets or split the list over ${shard ? 'more ' : 'matrix jobs with `'}shard${shard ? 's' : '`'}.`
        });
    }
    // Scans check the repository, not the list: shard 1 runs them, the other shards do not.
    const runsScans = !shard || shard.index === 1;
    const headers = parseHeaders(input('headers'));
    secrets.push(...(0,src_secrets/* headerSecrets */.n3)(headers));
    const caFile = input('ca-file');
    const passphrase = input('client-key-passphrase');
    if (passphrase)
        secrets.push(passphrase);
    const jsonReport = input('json-report');
    const sarifReport = input('sarif-report');
    const expect = input('expect');
    const deadlineMs = duration(input('deadline'), 'deadline', 1_000, 6 * 3_600_000);
    // The default is an expression the runner turns into the workflow's token; unevaluated
    // (outside a runner) it stands for no token.
    const token = input('github-token');
    const githubToken = token === INPUT_DEFAULTS['github-token'] ? undefined : token;
    if (githubToken)
        secrets.push(githubToken);
    return {
        targets,
        extraCAs: caFile ? readCAs(baseDir, caFile) : [],
        clientCertificate: readClientCertificate(baseDir, input('client-cert'), input('client-key'), passphrase),
        timeoutMs,
        concurrency,
        failOn,
        expiryWarningDays,
        expiryErrorDays,
        maxTargets,
        jsonReport: jsonReport ? external_node_path_default().resolve(baseDir, jsonReport) : undefined,
        sarifReport: sarifReport ? external_node_path_default().resolve(baseDir, sarifReport) : undefined,
        shard,
        mergeReports,
        // Text-masking a one- or two-character value would mangle every log line; such values are
        // still redacted from URLs by their structure.
        secrets: [...new Set(secrets)].filter(secret => secret.length >= MIN_MASKED_LENGTH),
        minTlsVersion: tlsVersion(input('min-tls-version'), 'min-tls-version'),
        failOnLegacyTls: config_boolean(input('fail-on-legacy-tls'), 'fail-on-legacy-tls'),
        requireTlsVersions: list(input('require-tls-versions')).map(v => tlsVersion(v, 'require-tls-versions')),
        headers,
        origin: origin(input('origin')),
        subprotocols: subprotocols(input('subprotocols')),
        message: input('message') || undefined,
        expect: expect ? matcher(expect) : undefined,
        comparePlain: config_boolean(input('compare-plain'), 'compare-plain'),
        originCheck: config_boolean(input('origin-check'), 'origin-check'),
        allAddresses: config_boolean(input('all-addresses'), 'all-addresses'),
        revocation: oneOf(input('revocation'), 'revocation', ['off', 'soft', 'hard']),
        deadlineMs,
        startedAt,
        waitMs: waitDuration(input('wait'), input('deadline'), deadlineMs),
        workspace: baseDir,
        resolve,
        scanPaths: runsScans ? (0,src_targets/* splitUrlsInput */.jC)(input('scan-paths')).map(e => e.text) : [],
        allowInsecureHosts: list(input('allow-insecure-hosts')).map(h => h.toLowerCase()),
        probeDiscovered: config_boolean(input('probe-discovered'), 'probe-discovered'),
        pageUrls: runsScans ? pageUrls(input('page-urls')) : [],
        browser: runsScans ? oneOf(input('browser'), 'browser', ['off', 'chromium']) : 'off',
        browserPath: input('browser-path') ? external_node_path_default().resolve(baseDir, input('browser-path')) : undefined,
        configPaths: runsScans ? (0,src_targets/* splitUrlsInput */.jC)(input('config-paths')).map(e => e.text) : [],
        websocketPaths: list(input('websocket-paths')),
        // 0 turns the idle check off (the live hold and the configuration timeouts).
        idleTimeoutMs: duration(input('idle-timeout'), 'idle-timeout', 0, 7 * 86_400_000),
        configServe: config_boolean(input('config-serve'), 'config-serve'),
        weakCrypto: oneOf(input('weak-crypto'), 'weak-crypto', ['warn', 'fail', 'off']),
        clients: clients(input('clients')),
        comment: oneOf(input('comment'), 'comment', ['off', 'on-failure', 'always']),
        issue: oneOf(input('issue'), 'issue', ['off', 'on-failure']),
        githubToken
    };
}
/** page-urls: absolute https URLs (a page served over http has no mixed content to find). */
function pageUrls(text) {
    return (0,src_targets/* splitUrlsInput */.jC)(text).map(({ text: entry }) => {
        let url;
        try {
            url = new URL(entry);
        }
        catch {
            throw new ConfigError(`page-urls: "${entry}" is not an absolute URL`);
        }
        if (url.protocol !== 'https:')
            throw new ConfigError(`page-urls: "${entry}" is not an https:// page`);
        return url.href;
    });
}
function clients(text) {
    try {
        return (0,policy/* parseClients */.q0)(text);
    }
    catch (err) {
        throw new ConfigError(`clients: ${err.message}`);
    }
}
function oneOf(text, name, allowed) {
    if (!allowed.includes(text))
        throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${text}"`);
    return text;
}
function list(text) {
    return text
        .split(/[\s,]+/)
        .map(s => s.trim())
        .filter(Boolean);
}
function tlsVersion(text, name) {
    const version = VERSION_INPUT[text];
    if (!version)
        throw new ConfigError(`${name}: "${text}" is not a TLS version; use 1.0, 1.1, 1.2 or 1.3`);
    return version;
}
function config_boolean(text, name) {
    if (/^(true|false)$/i.test(text))
        return text.toLowerCase() === 'true';
    throw new ConfigError(`${name} must be true or false; got "${text}"`);
}
function matcher(source) {
    try {
        return compileMatcher(source);
    }
    catch (err) {
        if (!(err instanceof SyntaxError))
            throw err;
        throw new ConfigError(`expect: ${err.message}`, { cause: err });
    }
}
/** An RFC 7230 token (the charset of a header name): what a subprotocol must be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Offered subprotocols: tokens, none twice (ws refuses both, at connect, on every target). */
function subprotocols(text) {
    const offered = list(text);
    for (const [i, protocol] of offered.entries()) {
        if (!TOKEN.test(protocol)) {
            throw new ConfigError(`subprotocols: ${JSON.stringify(protocol)} is not a valid subprotocol: use letters, digits and !#$%&'*+-.^_\`|~ only`);
        }
        if (offered.indexOf(protocol) < i) {
            throw new ConfigError(`subprotocols: ${JSON.stringify(protocol)} is offered twice`);
        }
    }
    return offered;
}
function origin(text) {
    if (text === '')
        return undefined;
    if (!isHeaderValue(text)) {
        throw new ConfigError(`origin: ${JSON.stringify(text)} cannot be sent as a header: use printable ASCII (an internationalised host in its xn-- form)`);
    }
    return text;
}
/** Printable ASCII, spaces and tabs: Node refuses control characters, and would send other
 * characters as Latin-1 bytes, which is not what a YAML or shell string meant. */
function isHeaderValue(value) {
    try {
        (0,external_node_http_.validateHeaderValue)('x', value);
    }
    catch {
        return false;
    }
    return /^[\t\x20-\x7e]*$/.test(value);
}
/** `Name: value` lines. Values are secrets (they usually carry credentials): never echoed. */
function parseHeaders(text) {
    const headers = {};
    for (const [index, line] of text.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        if (colon < 1 || !isHeaderName(name)) {
            // The line is not echoed: it may hold a credential.
            throw new ConfigError(`headers: line ${index + 1} is not a "Name: value" header`);
        }
        const value = line.slice(colon + 1).trim();
        if (!isHeaderValue(value)) {
            throw new ConfigError(`headers: line ${index + 1} (${name}): the value has a control or non-ASCII character, which cannot be sent in a header; use printable ASCII (the value is not shown: it may be a secret)`);
        }
        headers[name] = value;
    }
    return headers;
}
function isHeaderName(name) {
    try {
        (0,external_node_http_.validateHeaderName)(name);
        return true;
    }
    catch {
        return false;
    }
}
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
/** "90s", "10m", "1h", "500ms"; a bare number is seconds. */
function duration(text, name, minMs, maxMs) {
    const m = /^(\d+)(ms|s|m|h)?$/.exec(text);
    const ms = m ? Number(m[1]) * UNIT_MS[m[2] ?? 's'] : NaN;
    if (!(ms >= minMs && ms <= maxMs)) {
        throw new ConfigError(`${name} must be a duration such as 90s, 10m or 1h, from ${minMs / 1000}s to ${maxMs / 3_600_000}h; got "${text}"`);
    }
    return ms;
}
/** The wait is part of the run, so it must end before the run's deadline. */
function waitDuration(text, deadline, deadlineMs) {
    const waitMs = text === '' ? 0 : duration(text, 'wait', 0, 6 * 3_600_000);
    if (waitMs > 0 && waitMs >= deadlineMs) {
        throw new ConfigError(`wait (${text}) must be shorter than deadline (${deadline}): the wait is part of the run; raise deadline`);
    }
    return waitMs;
}
function optionalInteger(text, name, min, max) {
    return text === '' ? undefined : integer(text, name, min, max);
}
function integer(text, name, min, max) {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
        throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
    }
    return value;
}
/** A file an input names, read whole (src/input-file.ts): only a regular file, at most
 * FILE_LIMIT_BYTES, anything else a ConfigError naming the input and the path. */
function readText(baseDir, file, name) {
    const read = readInputFile(baseDir, file, name, FILE_LIMIT_BYTES);
    if ('problem' in read)
        throw new ConfigError(read.problem);
    return read.text;
}
const config_PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function readClientCertificate(baseDir, certFile, keyFile, passphrase) {
    if (!certFile && !keyFile) {
        if (passphrase)
            throw new ConfigError('client-key-passphrase is set but client-key is not');
        return undefined;
    }
    if (!certFile || !keyFile)
        throw new ConfigError('client-cert and client-key go together: set both, or neither');
    const read = clientCertificate(readText(baseDir, certFile, 'client-cert'), readText(baseDir, keyFile, 'client-key'), passphrase || undefined);
    if ('problem' in read)
        throw new ConfigError(read.problem);
    return read;
}
function readCAs(baseDir, file) {
    const pems = readText(baseDir, file, 'ca-file').match(config_PEM_CERT) ?? [];
    if (pems.length === 0)
        throw new ConfigError(`ca-file: "${file}" contains no PEM certificate`);
    pems.forEach((pem, i) => {
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch {
            throw new ConfigError(`ca-file: certificate ${i + 1} in "${file}" is not a valid X.509 certificate`);
        }
    });
    return pems;
}


/***/ }),

/***/ 37718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   _$: () => (/* binding */ isoDate),
/* harmony export */   dV: () => (/* binding */ dateWithDaysLeft)
/* harmony export */ });
// Calendar arithmetic in UTC, so a verdict does not depend on the runner's time zone.
const DAY_MS = 86_400_000;
/** Whole days from `now` until `end`, negative once past; partial days do not count
 * (0.9 days left is 0, 30.2 days ago is -30). */
function daysLeft(end, now) {
    return Math.trunc((end.getTime() - now.getTime()) / DAY_MS) || 0;
}
/** YYYY-MM-DD in UTC; "invalid date" for an invalid Date (a certificate's time can be one). */
function isoDate(date) {
    return Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10);
}
/** "2027-02-22 (89 days)" or "2026-10-25 (expired 30 days ago)": a date with the time left. */
function dateWithDaysLeft(end, now) {
    if (Number.isNaN(end.getTime()))
        return 'not a valid time';
    const left = daysLeft(end, now);
    const plural = (n) => `${n} day${n === 1 ? '' : 's'}`;
    return `${isoDate(end)} (${end <= now ? `expired ${plural(-left)} ago` : plural(left)})`;
}


/***/ }),

/***/ 11580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sz: () => (/* binding */ pemBase64),
/* harmony export */   U$: () => (/* binding */ derElement),
/* harmony export */   ch: () => (/* binding */ oidText),
/* harmony export */   lc: () => (/* binding */ certificateExtension)
/* harmony export */ });
// Just enough DER (X.690) to read single fields of a certificate without an ASN.1 library:
// most runs need one OID or one extension, and a full parse of every certificate costs far more.
// Every length is checked against the bytes there; anything malformed reads as undefined.
/** A PEM certificate's base64 body (its DER in base64): no armour lines, no line breaks. */
function pemBase64(pem) {
    return pem.replace(/-----[^-]+-----|\s/g, '');
}
/** The DER element at `offset` if it has the tag (any tag when undefined) and fits in `der`: where its content starts
 * and ends. Definite lengths only (DER), at most 4 length bytes. */
function derElement(der, offset, tag) {
    if (offset + 2 > der.length || (tag !== undefined && der[offset] !== tag))
        return undefined;
    let length = der[offset + 1];
    let start = offset + 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4 || start + bytes > der.length)
            return undefined;
        length = der.readUIntBE(start, bytes);
        start += bytes;
    }
    const end = start + length;
    return end <= der.length ? { start, end } : undefined;
}
/** An OBJECT IDENTIFIER's content bytes as "1.2.840…"; undefined when malformed. */
function oidText(bytes) {
    if (bytes.length === 0 || bytes[bytes.length - 1] & 0x80)
        return undefined;
    const arcs = [];
    let value = 0;
    for (const byte of bytes) {
        if (value === 0 && byte === 0x80)
            return undefined; // a non-minimal arc
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 128)
            return undefined;
        if (byte & 0x80)
            continue;
        if (arcs.length === 0)
            arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
        else
            arcs.push(value);
        value = 0;
    }
    return arcs.join('.');
}
/** The value (the OCTET STRING's content) of the certificate extension `oid`, if present
 * (RFC 5280 §4.1: tbsCertificate's [3] EXPLICIT Extensions, each SEQUENCE { extnID,
 * critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }). */
function certificateExtension(der, oid) {
    const certificate = derElement(der, 0, 0x30);
    const tbs = certificate && derElement(der, certificate.start, 0x30);
    if (!tbs)
        return undefined;
    for (let offset = tbs.start; offset < tbs.end;) {
        const field = derElement(der, offset);
        if (!field || field.end > tbs.end)
            return undefined;
        if (der[offset] === 0xa3) {
            const list = derElement(der, field.start, 0x30);
            if (!list || list.end > field.end)
                return undefined;
            for (let at = list.start; at < list.end;) {
                const extension = derElement(der, at, 0x30);
                const id = extension && derElement(der, extension.start, 0x06);
                if (!extension || !id || extension.end > list.end)
                    return undefined;
                let next = id.end;
                if (der[next] === 0x01)
                    next = derElement(der, next, 0x01)?.end ?? extension.end;
                const value = derElement(der, next, 0x04);
                if (value && value.end <= extension.end && oidText(der.subarray(id.start, id.end)) === oid)
                    return der.subarray(value.start, value.end);
                at = extension.end;
            }
            return undefined;
        }
        offset = field.end;
    }
    return undefined;
}


/***/ }),

/***/ 632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ oneLineDN),
/* harmony export */   DT: () => (/* binding */ certificateTime),
/* harmony export */   Mk: () => (/* binding */ TLS_VERSIONS),
/* harmony export */   V7: () => (/* binding */ coveredNames),
/* harmony export */   cJ: () => (/* binding */ INVALID_TIME),
/* harmony export */   qg: () => (/* binding */ certificateInfo)
/* harmony export */ });
/* unused harmony export signatureAlgorithm */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bounded_map_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28757);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(11580);
// What probes learn about a target beyond pass/fail: shared with later probes (one handshake,
// many checks) and shown by reporters (subject, SANs, issuer, expiry, protocol).



const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const SAN_SPLIT = /, (?=(?:DNS|IP Address|URI|email|othername|DirName|Registered ID):)/;
/** What validFrom/validTo hold when the certificate's time does not parse (e.g. month 13). */
const INVALID_TIME = 'invalid';
/** Certificates already read, by their DER bytes: a fleet's shared intermediate (or wildcard
 * leaf) is read once. Oldest out first past the limit, so memory stays flat in the fleet. */
const infoCache = new _bounded_map_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedMap */ .E(1024);
/** The certificate's facts. Total once `new X509Certificate(raw)` accepts the bytes: every
 * field a peer controls (empty names, impossible dates, unknown algorithms) has a fallback.
 * The same object for the same bytes: frozen, as every target that sent them shares it. */
function certificateInfo(raw) {
    const key = raw.toString('latin1');
    let info = infoCache.get(key);
    if (!info) {
        info = readCertificate(raw);
        Object.freeze(info.subjectAltNames);
        Object.freeze(info.publicKey);
        infoCache.set(key, Object.freeze(info));
    }
    return info;
}
function readCertificate(raw) {
    const x = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(raw);
    // An empty DN (RFC 5280 allows it with a critical SAN) is undefined in Node 20, '' in 24.
    const subject = readable(() => x.subject);
    const issuer = readable(() => x.issuer);
    const altNames = readable(() => x.subjectAltName);
    return {
        subject: oneLineDN(subject),
        commonName: subject ? /^CN=(.*)$/m.exec(subject)?.[1] : undefined,
        // A SAN OpenSSL cannot format names nothing a client could match.
        subjectAltNames: altNames ? altNames.split(SAN_SPLIT) : [],
        issuer: oneLineDN(issuer, '(empty issuer)'),
        validFrom: isoTime(x.validFrom),
        validTo: isoTime(x.validTo),
        serialNumber: x.serialNumber,
        fingerprint256: x.fingerprint256,
        selfIssued: subject === issuer,
        publicKey: publicKeyInfo(x),
        signatureAlgorithm: signatureAlgorithm(raw),
        pem: x.toString()
    };
}
/** A name field of the certificate; undefined when Node cannot format it (Node 24 throws on a
 * malformed subjectAltName where Node 20 returns undefined). */
function readable(field) {
    try {
        return field();
    }
    catch {
        return undefined;
    }
}
/** Node's "Nov 25 17:14:30 2026 GMT" as ISO 8601; INVALID_TIME for "Bad time value". */
function isoTime(text) {
    const ms = Date.parse(text ?? '');
    return Number.isNaN(ms) ? INVALID_TIME : new Date(ms).toISOString();
}
/** The time of validFrom/validTo; undefined for INVALID_TIME. */
function certificateTime(iso) {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}
const CURVE_BITS = {
    prime192v1: 192,
    secp224r1: 224,
    prime256v1: 256,
    secp384r1: 384,
    secp521r1: 521
};
function publicKeyInfo(x) {
    let key;
    try {
        key = x.publicKey;
    }
    catch {
        return { type: 'unknown' }; // a key type OpenSSL cannot load
    }
    const type = key.asymmetricKeyType ?? 'unknown';
    const details = key.asymmetricKeyDetails;
    const curve = details?.namedCurve;
    const bits = details?.modulusLength ?? (curve ? CURVE_BITS[curve] : undefined);
    return curve ? { type, bits, curve } : { type, bits };
}
const SIGNATURE_ALGORITHMS = {
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'rsassaPss',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.2.840.10040.4.3': 'dsa-with-SHA1',
    '1.3.101.112': 'Ed25519'
};
/** Node 20 does not expose it. Read straight from the DER (RFC 5280 §4.1): Certificate ::=
 * SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, … } and AlgorithmIdentifier
 * ::= SEQUENCE { algorithm OBJECT IDENTIFIER, … }: two headers, one skip, one OID. */
function signatureAlgorithm(raw) {
    const certificate = (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derElement */ .U$)(raw, 0, 0x30);
    const tbs = certificate && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derElement */ .U$)(raw, certificate.start, 0x30);
    const algorithm = tbs && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derElement */ .U$)(raw, tbs.end, 0x30);
    const oid = algorithm && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .derElement */ .U$)(raw, algorithm.start, 0x06);
    const dotted = oid && (0,_der_js__WEBPACK_IMPORTED_MODULE_2__/* .oidText */ .ch)(raw.subarray(oid.start, oid.end));
    if (!dotted || !certificate || algorithm.end > certificate.end)
        return 'unknown';
    return SIGNATURE_ALGORITHMS[dotted] ?? dotted;
}
/** A DN as Node gives it (one RDN a line; undefined when empty) on one line. */
function oneLineDN(dn, empty = '(empty subject)') {
    return dn ? dn.split('\n').join(', ') : empty;
}
/** "DNS:a.example" → "a.example"; the names a client can match. */
function coveredNames(cert) {
    return cert.subjectAltNames.map(san => san.replace(/^(DNS|IP Address):/, ''));
}


/***/ }),

/***/ 81001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   ui: () => (/* binding */ CHECKS)
/* harmony export */ });
/** The checks wss-doctor runs, in report order. A new probe adds its id here. */
const CHECKS = [
    'input',
    'scheme',
    'tls',
    'trust',
    'chain',
    'hostname',
    'expiry',
    'revocation',
    'crypto',
    'addresses',
    'versions',
    'ciphers',
    'upgrade',
    // A silent WebSocket held open for idle-timeout: the cut a proxy's read timeout makes.
    'idle',
    'compare',
    'origin',
    // Checks of the repository and of pages, not of one endpoint (src/scans/).
    'source',
    'page',
    'browser',
    'proxy-config'
];
const RANK = { pass: 0, warn: 1, fail: 2 };
/** The worst status of a list; `pass` for an empty list. */
function worstStatus(statuses) {
    let worst = 'pass';
    for (const s of statuses)
        if (RANK[s] > RANK[worst])
            worst = s;
    return worst;
}
function atLeast(status, threshold) {
    return RANK[status] >= RANK[threshold];
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62827);
// The action's entry point (action.yml → dist/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 37655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ deadlineSignal),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   Tq: () => (/* binding */ settleOnce),
/* harmony export */   ah: () => (/* binding */ guard),
/* harmony export */   o9: () => (/* binding */ MALFORMED_PEER_DATA),
/* harmony export */   u7: () => (/* binding */ onAbort),
/* harmony export */   wM: () => (/* binding */ withBackstop)
/* harmony export */ });
/* unused harmony export asError */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// One endpoint must never end the run. Two layers keep a hostile peer inside its own target:
// `guard` wraps every listener that sees peer data, so a throw becomes that connection's
// failure; and a run-level backstop attributes any exception that still escapes (from a
// callback nobody guarded) to the probe whose async scope threw it.

/** The failure code of a connection whose peer sent data a parser could not take. */
const MALFORMED_PEER_DATA = 'MALFORMED_PEER_DATA';
function asError(err) {
    return err instanceof Error ? err : new Error(String(err));
}
/** `listener`, except that a throw goes to `fail` instead of up the event loop. */
function guard(listener, fail) {
    return (...args) => {
        try {
            listener(...args);
        }
        catch (err) {
            fail(asError(err));
        }
    };
}
const scopes = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `fn` so that callbacks it schedules (sockets, timers) belong to `scope`. */
function inScope(scope, fn) {
    return scopes.run(scope, fn);
}
/** The run's deadline signal for the probe running now; undefined outside a run. */
function deadlineSignal() {
    return scopes.getStore()?.signal;
}
/** Calls `listener` when `signal` aborts (soon if it already has); returns the unsubscribe. */
function onAbort(signal, listener) {
    if (!signal)
        return () => undefined;
    if (signal.aborted) {
        queueMicrotask(listener);
        return () => undefined;
    }
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
}
/** The one ending of a connection attempt: whichever comes first of the caller's `finish`,
 * `timeoutMs` without it (TIMEOUT) and the run's deadline (DEADLINE). `expire` makes the
 * caller's result for those two; `release` (closing the socket) runs once, before resolving. */
function settleOnce(resolve, options) {
    let settled = false;
    const finish = (result) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        stopOnDeadline();
        options.release(result);
        resolve(result);
    };
    const timer = setTimeout(() => finish(options.expire('TIMEOUT', `no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const stopOnDeadline = onAbort(deadlineSignal(), () => finish(options.expire('DEADLINE', 'the run reached its deadline')));
    return { finish, settled: () => settled, stopTimer: () => clearTimeout(timer) };
}
let runsActive = 0;
// The capture callback, not an 'uncaughtException' listener: it replaces Node's crash, where a
// listener runs beside the others (a test runner's would still fail on the error) and, inside
// Jest's sandbox, never hears of it.
function capture(err) {
    const scope = scopes.getStore();
    if (scope)
        return scope.fail(asError(err));
    // Not a probe's: crash as without the backstop.
    process.setUncaughtExceptionCaptureCallback(null);
    process.nextTick(() => {
        throw err;
    });
}
/** Runs `fn` with the backstop installed; an exception thrown in no probe scope still crashes. */
async function withBackstop(fn) {
    // Someone else (the domain module) owns the callback: run unprotected rather than fight it.
    const own = runsActive > 0 || !process.hasUncaughtExceptionCaptureCallback();
    if (!own)
        return fn();
    if (runsActive++ === 0)
        process.setUncaughtExceptionCaptureCallback(capture);
    try {
        return await fn();
    }
    finally {
        if (--runsActive === 0 && process.hasUncaughtExceptionCaptureCallback())
            process.setUncaughtExceptionCaptureCallback(null);
    }
}


/***/ }),

/***/ 62827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./src/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  debug: () => (debug),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  isDebug: () => (isDebug),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/runner.ts
// The runner's side of the action: inputs from INPUT_*, workflow commands on stdout, outputs in
// $GITHUB_OUTPUT. The part of @actions/core the action uses, written the way @actions/core 3
// writes it (runner.test.ts compares the two byte for byte): @actions/core loads its HTTP client
// (undici, for OIDC tokens) with it, which was a third of the action's start-up.



/** An input as the runner passes it (`INPUT_` and the name upper-cased, spaces as `_`), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function info(message) {
    process.stdout.write(message + (external_node_os_default()).EOL);
}
function debug(message) {
    issue('debug', {}, message);
}
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function error(message, properties = {}) {
    issue('error', commandProperties(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', commandProperties(properties), message);
}
function notice(message, properties = {}) {
    issue('notice', commandProperties(properties), message);
}
/** An error annotation, and the step fails (exit code 1). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** In $GITHUB_OUTPUT as `name<<delimiter` lines (a delimiter nobody can guess), else the
 * deprecated `set-output` command. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write((external_node_os_default()).EOL);
        issue('set-output', { name }, value);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the output contains the delimiter "${delimiter}"`);
    const message = `${name}<<${delimiter}${(external_node_os_default()).EOL}${value}${(external_node_os_default()).EOL}${delimiter}`;
    (0,external_node_fs_.appendFileSync)(file, `${message}${(external_node_os_default()).EOL}`, { encoding: 'utf8' });
}
/** @actions/core's names for the runner's (an annotation with any property names all six). */
function commandProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
/** `::name key=value,…::message`, escaped so that no value ends the command or a property. */
function issue(name, properties, message) {
    let command = `::${name}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        const set = keys.filter(key => properties[key]);
        command += ` ${set.map(key => `${key}=${escapeProperty(String(properties[key]))}`).join(',')}`;
    }
    process.stdout.write(`${command}::${escapeData(message)}${(external_node_os_default()).EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./src/config.ts + 5 modules
var src_config = __nccwpck_require__(99876);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __nccwpck_require__(37718);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
// EXTERNAL MODULE: ./src/facts.ts
var src_facts = __nccwpck_require__(632);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(81001);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __nccwpck_require__(81532);
// EXTERNAL MODULE: ./src/isolation.ts
var isolation = __nccwpck_require__(37655);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(41692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
// EXTERNAL MODULE: ./src/remedies.ts
var remedies = __nccwpck_require__(20515);
;// CONCATENATED MODULE: ./src/probes/hostname.ts
// Does the leaf certificate cover the host name? Node's own rules (tls.checkServerIdentity,
// RFC 6125): SAN first, CN only without SANs, one-label wildcards, IP SANs for IP targets.
// Browsers are stricter on one point: a name only in the CN (no SAN) is refused.





const hostnameProbe = {
    check: 'hostname',
    applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
    run: ctx => [judgeHostname(ctx.target.endpoint.host, ctx.facts.handshake.chain[0])]
};
const BROWSER_SYMPTOM = "Browsers show net::ERR_CERT_COMMON_NAME_INVALID; openssl s_client shows 'verify error:num=62:Hostname mismatch'.";
/** How the leaf names the host: in a SAN (or, for an IP, an IP SAN), only in the CN (which
 * Node accepts and browsers refuse), or not at all. */
function hostMatch(host, leaf) {
    const identity = {
        subject: leaf.commonName === undefined ? undefined : { CN: leaf.commonName },
        subjectaltname: leaf.subjectAltNames.join(', ')
    };
    if (external_node_tls_default().checkServerIdentity(host, identity))
        return 'mismatch';
    const dnsSans = leaf.subjectAltNames.filter(san => san.startsWith('DNS:'));
    return dnsSans.length === 0 && (0,external_node_net_.isIP)(host) === 0 ? 'cn-only' : 'covered';
}
function judgeHostname(host, leaf) {
    const match = hostMatch(host, leaf);
    const names = (0,src_facts/* coveredNames */.V7)(leaf);
    const covers = names.length > 0 ? names.join(', ') : `no SAN; CN=${leaf.commonName ?? '(none)'}`;
    const unicode = (0,external_node_url_.domainToUnicode)(host);
    const idn = unicode && unicode !== host
        ? [`${host} is the IDN ${unicode} in punycode; certificates name it in punycode.`]
        : [];
    if (match === 'cn-only') {
        return {
            check: 'hostname',
            code: 'hostname-cn-only',
            status: 'fail',
            title: `${host} is only in the certificate's CN: it has no Subject Alternative Name, which browsers require`,
            details: [`CN=${leaf.commonName}; no DNS SAN.`, BROWSER_SYMPTOM, ...idn],
            cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN): modern clients ignore the CN',
            fix: (0,remedies/* coverHostnameFix */.kx)(host, []),
            problem: { kind: 'certificate', host }
        };
    }
    if (match === 'covered') {
        return {
            check: 'hostname',
            code: 'hostname-ok',
            status: 'pass',
            title: `Certificate covers ${host}`,
            details: [`Names: ${covers}`, ...idn]
        };
    }
    return {
        check: 'hostname',
        code: 'hostname-other-host',
        status: 'fail',
        title: `Certificate does not cover ${host}: it is for ${covers}`,
        details: [
            `Names the certificate covers: ${covers}`,
            ...wildcardNotes(host, names),
            BROWSER_SYMPTOM,
            ...idn
        ],
        cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
        fix: (0,remedies/* coverHostnameFix */.kx)(host, names),
        problem: { kind: 'certificate', host }
    };
}
/** Why a wildcard that looks close does not match: it covers exactly one label. */
function wildcardNotes(host, names) {
    return names
        .filter(name => name.startsWith('*.') && host.endsWith(name.slice(1)))
        .map(name => `${name} covers exactly one label below ${name.slice(2)}: ${host} is ${host.slice(0, -name.length + 1).split('.').length} labels below it, so it is not covered.`);
}

;// CONCATENATED MODULE: ./src/probes/addresses.ts
// Every address of a host must serve the same healthy endpoint: behind a load balancer, one
// node still serving the old (or a wrong) certificate fails a share of users. Compares each
// other address's handshake with the first one's and judges a differing certificate.


const addressesProbe = {
    check: 'addresses',
    applies: ctx => (ctx.facts.otherAddresses?.length ?? 0) > 0,
    run: ctx => {
        const others = ctx.facts.otherAddresses;
        const primary = ctx.facts.handshake;
        const first = primary?.remoteAddress ?? ctx.facts.handshakeFailure?.address ?? 'the first address';
        const findings = others.flatMap(({ address, handshake, failure }) => {
            if (failure) {
                return [
                    {
                        check: 'addresses',
                        code: 'addresses-handshake-failed',
                        status: 'warn',
                        title: `${address} does not complete a TLS handshake (${failure.code}) while ${first} does`,
                        details: [failure.message],
                        cause: 'One address of the host is down or misconfigured: clients that pick it fail',
                        fix: { text: `Repair or remove ${address} from DNS (or the load balancer pool).` }
                    }
                ];
            }
            return compare(ctx, address, handshake, primary, first);
        });
        const all = [first, ...others.map(o => o.address)].join(', ');
        const unchecked = ctx.facts.uncheckedAddresses ?? 0;
        if (unchecked > 0) {
            findings.push({
                check: 'addresses',
                code: 'addresses-unchecked',
                status: 'warn',
                title: `${unchecked} more address${unchecked === 1 ? ' was' : 'es were'} not checked: at most ${others.length + 1} addresses per host are`,
                details: [`Checked: ${all}.`],
                cause: 'A node among the unchecked addresses could serve a different certificate',
                fix: {
                    text: 'Check the rest in further runs (a resolve line per group of addresses), or shrink the pool behind the name.'
                }
            });
        }
        return findings.length > 0
            ? findings
            : [
                {
                    check: 'addresses',
                    code: 'addresses-ok',
                    status: 'pass',
                    title: `All ${others.length + 1} addresses serve the same certificate (${all})`
                }
            ];
    }
};
function compare(ctx, address, other, primary, first) {
    const leaf = other.chain[0];
    if (!leaf || (primary && primary.chain[0]?.fingerprint256 === leaf.fingerprint256))
        return [];
    const problems = problemsOf(ctx, other, leaf);
    const describe = `${leaf.subject}, serial ${leaf.serialNumber}, valid until ${(0,dates/* isoDate */._$)(new Date(leaf.validTo))}`;
    const base = primary?.chain[0]
        ? `${first} serves ${primary.chain[0].subject}, serial ${primary.chain[0].serialNumber}, valid until ${(0,dates/* isoDate */._$)(new Date(primary.chain[0].validTo))}.`
        : `${first} did not complete a handshake.`;
    return [
        {
            check: 'addresses',
            code: problems.length > 0 ? 'addresses-failing-certificate' : 'addresses-other-certificate',
            status: problems.length > 0 ? 'fail' : 'warn',
            title: problems.length > 0
                ? `${address} serves a different certificate that fails: ${problems[0]}`
                : `${address} serves a different certificate than ${first}`,
            details: [`${address} serves ${describe}.`, base, ...problems.slice(1)],
            cause: 'The addresses behind this host name serve different certificates: one node (or load balancer) was not updated',
            fix: {
                text: `Install the current certificate (fullchain.pem) on the node at ${address} and reload it, or take it out of DNS and the load balancer pool.`
            }
        }
    ];
}
/** What is wrong with another address's certificate, by the same rules as the main checks. */
function problemsOf(ctx, other, leaf) {
    const problems = [];
    if (!other.authorized && other.verifyError !== 'CERT_HAS_EXPIRED')
        problems.push(`not trusted (${other.verifyError})`);
    const hostname = judgeHostname(ctx.target.endpoint.host, leaf);
    if (hostname.status === 'fail')
        problems.push(hostname.title);
    if (ctx.now >= new Date(leaf.validTo))
        problems.push(`expired on ${(0,dates/* isoDate */._$)(new Date(leaf.validTo))}`);
    return problems;
}

// EXTERNAL MODULE: ./src/der.ts
var src_der = __nccwpck_require__(11580);
;// CONCATENATED MODULE: ./src/probes/chain.ts
// The chain as the server sends it (read in clear from the versions probe's TLS 1.2 hello, see
// hello.ts): the leaf first, then each certificate's issuer in turn. Certificates out
// of that order, or not part of the path at all, confuse some clients (and bloat every
// handshake): warnings with the order that was sent.



const chain_name = (cert) => (0,src_facts/* oneLineDN */.$S)(cert.subject);
/** Indices of the certificates on the issuer path from the leaf (index 0). */
function issuerPath(certs) {
    const path = [0];
    let current = certs[0];
    while (current.subject !== current.issuer) {
        const next = certs.findIndex((c, i) => !path.includes(i) && current.checkIssued(c) && current.verify(c.publicKey));
        if (next < 0)
            break;
        path.push(next);
        current = certs[next];
    }
    return path;
}
const chainProbe = {
    check: 'chain',
    // After the versions probe, whose TLS 1.2 hello reads the chain.
    applies: ctx => ctx.facts.handshake !== undefined,
    run: ctx => {
        const endpoint = ctx.target.endpoint;
        const sentChain = ctx.facts.sentChain ?? [];
        if (sentChain.length === 0) {
            const why = ctx.facts.versions?.['TLSv1.2'].support === 'refused'
                ? 'the server speaks only TLS 1.3, which encrypts the certificates'
                : 'the TLS 1.2 answer did not carry it';
            return [
                {
                    check: 'chain',
                    code: 'chain-unreadable',
                    status: 'pass',
                    title: 'The order of the sent chain could not be read',
                    details: [`It is only visible over TLS 1.2: ${why}.`]
                }
            ];
        }
        const { authorized, chain } = ctx.facts.handshake;
        const asVerified = authorized ? verifiedPrefix(chain, sentChain) : undefined;
        if (asVerified) {
            const last = asVerified[asVerified.length - 1];
            return [
                inOrder(asVerified.map(c => c.subject), last.selfIssued && asVerified.length > 1)
            ];
        }
        const certs = sentChain.map(b64 => new external_node_crypto_.X509Certificate(Buffer.from(b64, 'base64')));
        const path = issuerPath(certs);
        const sent = certs.map(chain_name);
        const details = [`Sent, in order: ${sent.join(' | ')}.`];
        const findings = [];
        const extras = certs.filter((_, i) => !path.includes(i));
        if (extras.length > 0) {
            findings.push({
                check: 'chain',
                code: 'chain-extra-certificates',
                status: 'warn',
                title: `The server sends ${extras.length} certificate${extras.length === 1 ? ' that is' : 's that are'} not part of the chain: ${extras.map(chain_name).join('; ')}`,
                details,
                cause: 'The certificate file holds certificates that do not belong to this chain (an old intermediate, another site)',
                problem: { kind: 'full-chain', host: endpoint.host }
            });
        }
        if (path.some((index, position) => index !== position)) {
            findings.push({
                check: 'chain',
                code: 'chain-out-of-order',
                status: 'warn',
                title: `Chain sent out of order: ${path.map(i => chain_name(certs[i])).join(' → ')} is the issuer order, but the server sends ${sent.join(', ')}`,
                details,
                cause: 'The certificates in the chain file are not leaf first, then each issuer: strict clients fail to build the path',
                problem: { kind: 'full-chain', host: endpoint.host }
            });
        }
        if (findings.length > 0)
            return findings;
        const root = certs[path[path.length - 1]];
        return [inOrder(sent, root.subject === root.issuer && path.length > 1)];
    }
};
function inOrder(sent, rootSent) {
    return {
        check: 'chain',
        code: 'chain-ok',
        status: 'pass',
        title: `Chain sent in order: ${sent.join(' → ')}`,
        details: [
            `Sent, in order: ${sent.join(' | ')}.`,
            ...(rootSent ? ['The root is sent too: harmless, but clients ignore it.'] : [])
        ]
    };
}
/** The handshake's chain, when it verified and the server sent exactly its first certificates
 * in that order: OpenSSL already checked that each one issued the one before, so there is
 * nothing to parse or verify again (the common case, read without an X.509 parse). */
function verifiedPrefix(chain, sent) {
    if (sent.length > chain.length)
        return undefined;
    return sent.every((der, i) => (0,src_der/* pemBase64 */.Sz)(chain[i].pem) === der)
        ? chain.slice(0, sent.length)
        : undefined;
}

// EXTERNAL MODULE: ./src/probes/ciphers.ts
var ciphers = __nccwpck_require__(80147);
// EXTERNAL MODULE: ./src/proxies/index.ts + 5 modules
var proxies = __nccwpck_require__(17655);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(27194);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: ./src/probes/alert-codes.ts
// The code Node gives an alert a server refuses the handshake with, as this runtime's OpenSSL
// words it: OpenSSL 3.5 says "ssl/tls alert handshake failure" where 3.0 said "sslv3 alert
// handshake failure" (ERR_SSL_SSL/TLS_ALERT_… for ERR_SSL_SSLV3_ALERT_…). hello.ts reads alerts
// itself; asking this runtime once per alert number keeps its refusals the same codes as a
// whole handshake's. No connection: a TLS client over a stream that answers its ClientHello
// with the alert.


const ALERT_LEVEL_FATAL = 2;
/** Should the client report nothing (it always does): the code says which alert it was. */
const ASK_MS = 1000;
const codes = new Map();
function alertCode(alert) {
    let code = codes.get(alert);
    if (!code) {
        code = ask(alert);
        codes.set(alert, code);
    }
    return code;
}
function ask(alert) {
    const fallback = `ERR_SSL_TLS_ALERT_${alert}`;
    return new Promise(resolve => {
        let answered = false;
        const server = new external_node_stream_.Duplex({
            read: () => undefined,
            write: (_chunk, _encoding, done) => {
                done();
                if (answered)
                    return;
                answered = true;
                server.push(Buffer.from([21, 3, 3, 0, 2, ALERT_LEVEL_FATAL, alert]));
                // and closes, as a refusing server does: an alert OpenSSL does not act on reads as
                // that close (ECONNRESET), the same as in a whole handshake.
                server.push(null);
            }
        });
        const socket = external_node_tls_default().connect({ socket: server, rejectUnauthorized: false });
        const settle = (code) => {
            clearTimeout(timer);
            resolve(code);
            setImmediate(() => socket.destroy());
        };
        const timer = setTimeout(() => settle(fallback), ASK_MS);
        socket.on('error', (err) => settle(err.code ?? fallback));
        socket.once('close', () => settle(fallback));
    });
}

;// CONCATENATED MODULE: ./src/probes/server-flight.ts
// What a server answers to a ClientHello, read in clear: the version, suite and (TLS 1.3) key
// share group it picked (ServerHello, or a HelloRetryRequest), the certificates exactly as it
// sends them (Certificate), its key exchange parameters (ServerKeyExchange), whether it asks
// for a client certificate (CertificateRequest), or the alert it refused with. Node's
// getPeerCertificate() rebuilds the chain (issuer order, plus the root from the trust store),
// hiding order and extras; TLS 1.3 encrypts all of it after its ServerHello. Fed by hello.ts.
const CHANGE_CIPHER_SPEC_RECORD = 20;
const ALERT_RECORD = 21;
const HANDSHAKE_RECORD = 22;
const APPLICATION_DATA_RECORD = 23;
const SERVER_HELLO = 2;
const CERTIFICATE_MESSAGE = 11;
const SERVER_KEY_EXCHANGE = 12;
const CERTIFICATE_REQUEST = 13;
const SERVER_HELLO_DONE = 14;
const SUPPORTED_VERSIONS = 43;
const KEY_SHARE = 51;
const TLS13 = 0x0304;
const PROTOCOLS = { 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' };
/** The random of a HelloRetryRequest (RFC 8446 4.1.3): SHA-256 of "HelloRetryRequest". */
const RETRY_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');
/** More than any real first flight (a long chain is tens of KB): a server that keeps sending
 * is cut off here instead of filling memory until the timeout. */
const MAX_FLIGHT_BYTES = 1 << 20;
/** Reads the server's first flight chunk by chunk; `done` once there is nothing more to learn
 * in clear. Every length is checked against the bytes there. */
class ServerFlightReader {
    records = Buffer.alloc(0);
    handshake = Buffer.alloc(0);
    done = false;
    /** "TLSv1" … "TLSv1.3" from the ServerHello ("unknown" for any other number). */
    protocol;
    /** Undefined when the ServerHello's lengths lie (its version still counts). */
    serverHello;
    /** The ServerKeyExchange's body (TLS 1.2 ECDHE, DHE): read it with keyExchangeParams. */
    serverKeyExchange;
    /** The alert's description number, when the server refused. */
    alert;
    /** The bytes are not TLS records (an HTTP server, say). */
    notTls = false;
    /** The first flight ran past MAX_FLIGHT_BYTES. */
    oversized = false;
    read = 0;
    certificates;
    certificateRequested = false;
    push(chunk) {
        if (this.done)
            return;
        this.read += chunk.length;
        if (this.read > MAX_FLIGHT_BYTES)
            return this.stop(() => (this.oversized = true));
        this.records = Buffer.concat([this.records, chunk]);
        while (this.records.length >= 5) {
            const type = this.records[0];
            const known = type >= CHANGE_CIPHER_SPEC_RECORD && type <= APPLICATION_DATA_RECORD;
            if (!known || this.records[1] !== 3)
                return this.stop(() => (this.notTls = true));
            const length = this.records.readUInt16BE(3);
            if (this.records.length < 5 + length)
                return;
            const fragment = this.records.subarray(5, 5 + length);
            this.records = this.records.subarray(5 + length);
            if (type === ALERT_RECORD)
                return this.stop(() => (this.alert = fragment.length >= 2 ? fragment[1] : undefined));
            // Anything else but a handshake record ends the clear-text part.
            if (type !== HANDSHAKE_RECORD)
                return this.stop();
            this.handshake = Buffer.concat([this.handshake, fragment]);
            this.readMessages();
            if (this.done)
                return;
        }
    }
    stop(note) {
        note?.();
        this.done = true;
    }
    readMessages() {
        while (this.handshake.length >= 4) {
            const length = this.handshake.readUIntBE(1, 3);
            if (this.handshake.length < 4 + length)
                return;
            const type = this.handshake[0];
            const body = this.handshake.subarray(4, 4 + length);
            this.handshake = this.handshake.subarray(4 + length);
            if (type === SERVER_HELLO && body.length >= 2) {
                const fields = serverHello(body);
                // TLS 1.3 is only ever named in supported_versions.
                const tls13 = fields?.selected === TLS13;
                const version = fields?.selected ?? body.readUInt16BE(0);
                this.protocol = tls13 ? 'TLSv1.3' : (PROTOCOLS[version] ?? 'unknown');
                this.serverHello = fields && {
                    suite: fields.suite,
                    group: fields.group,
                    retry: fields.retry
                };
                // What follows a TLS 1.3 ServerHello is encrypted; a HelloRetryRequest waits for us.
                if (tls13 || fields?.retry)
                    return this.stop();
            }
            if (type === CERTIFICATE_MESSAGE)
                this.certificates = certificateList(body);
            if (type === SERVER_KEY_EXCHANGE)
                this.serverKeyExchange = Buffer.from(body);
            if (type === CERTIFICATE_REQUEST)
                this.certificateRequested = true;
            if (type === SERVER_HELLO_DONE)
                return this.stop();
        }
    }
}
/** TLS 1.2 Certificate: a 3-byte list length, then 3-byte-length-prefixed DER certificates.
 * Every length is checked against the bytes there: undefined when one lies. */
function certificateList(body) {
    if (body.length < 3)
        return undefined;
    const end = 3 + body.readUIntBE(0, 3);
    if (end > body.length)
        return undefined;
    const certificates = [];
    let offset = 3;
    while (offset < end) {
        if (offset + 3 > end)
            return undefined;
        const length = body.readUIntBE(offset, 3);
        if (offset + 3 + length > end)
            return undefined;
        certificates.push(Buffer.from(body.subarray(offset + 3, offset + 3 + length)));
        offset += 3 + length;
    }
    return certificates;
}
/** ServerHello (RFC 8446 4.1.3, RFC 5246 7.4.1.3): the suite, the version supported_versions
 * selects, the key_share group. Undefined when a length lies. */
function serverHello(body) {
    let at = 2 + 32;
    if (body.length < at + 1)
        return undefined;
    at += 1 + body[at]; // session id
    if (body.length < at + 3)
        return undefined;
    const suite = body.readUInt16BE(at);
    at += 3; // suite, compression method
    const fields = {
        selected: undefined,
        suite,
        group: undefined,
        retry: body.subarray(2, 34).equals(RETRY_RANDOM)
    };
    if (at === body.length)
        return fields; // no extensions (TLS 1.2 and older)
    if (body.length < at + 2)
        return undefined;
    const end = at + 2 + body.readUInt16BE(at);
    if (end !== body.length)
        return undefined;
    for (at += 2; at < end;) {
        if (at + 4 > end)
            return undefined;
        const type = body.readUInt16BE(at);
        const length = body.readUInt16BE(at + 2);
        at += 4;
        if (at + length > end)
            return undefined;
        // Both start with a 2-byte value: the version picked, the group of the key share.
        if ((type === SUPPORTED_VERSIONS || type === KEY_SHARE) && length < 2)
            return undefined;
        if (type === SUPPORTED_VERSIONS)
            fields.selected = body.readUInt16BE(at);
        if (type === KEY_SHARE)
            fields.group = body.readUInt16BE(at);
        at += length;
    }
    return fields;
}
/** TLS 1.2 ServerKeyExchange (RFC 8422 5.4, RFC 5246 7.4.3): the named curve of ECDHE, the
 * size in bits of DHE's prime. Undefined when it is not one, or a length lies. */
function keyExchangeParams(body, kind) {
    if (kind === 'ECDHE') {
        const NAMED_CURVE = 3;
        if (body.length < 4 || body[0] !== NAMED_CURVE || 4 + body[3] > body.length)
            return undefined;
        return { curve: body.readUInt16BE(1) };
    }
    // dh_p, dh_g, dh_Ys: each a 2-byte length and that many bytes.
    const values = [];
    for (let at = 0; values.length < 3;) {
        if (at + 2 > body.length)
            return undefined;
        const length = body.readUInt16BE(at);
        if (at + 2 + length > body.length)
            return undefined;
        values.push(body.subarray(at + 2, at + 2 + length));
        at += 2 + length;
    }
    const prime = values[0];
    const first = prime.findIndex(byte => byte !== 0);
    if (first < 0)
        return undefined;
    return { dhBits: (prime.length - first - 1) * 8 + (32 - Math.clz32(prime[first])) };
}

;// CONCATENATED MODULE: ./src/probes/hello.ts
// A ClientHello and the server's clear-text answer, without a TLS stack on our side: what the
// version matrix needs (which of TLS 1.0–1.2 the server picks, or how it refuses), what a
// TLS 1.2 server shows in clear (the chain as sent, a CertificateRequest, its key exchange
// parameters) and what a server picks for a client's offer (the suite, the TLS 1.3 group). The hello is the one
// Node's own OpenSSL sends for the offer, captured once per offer, with this target's name and a
// fresh random spliced in. The connection ends after the server's first flight: no key
// exchange and no signature check, so a question costs the client almost nothing.







/** The failure code when Node's OpenSSL produced no ClientHello for the offer. */
const NO_CLIENT_HELLO = 'ERR_CLIENT_HELLO';
function hello(endpoint, options) {
    return clientHello(options.offer).then(template => exchange(endpoint, options, withTarget(template, endpoint.host)), (err) => ({
        ok: false,
        failure: { phase: 'tls', code: NO_CLIENT_HELLO, message: err.message }
    }));
}
function exchange(endpoint, options, clientHello) {
    return new Promise(resolve => {
        const connectTo = options.address ?? endpoint.addresses[0] ?? endpoint.host;
        let phase = (0,external_node_net_.isIP)(connectTo) === 0 ? 'dns' : 'tcp';
        const reader = new ServerFlightReader();
        const socket = external_node_net_default().connect({ host: connectTo, port: endpoint.port });
        const failure = (code, message) => ({
            ok: false,
            failure: { address: socket.remoteAddress ?? connectTo, phase, code, message }
        });
        const { finish } = (0,isolation/* settleOnce */.Tq)(resolve, {
            timeoutMs: options.timeoutMs,
            expire: failure,
            release: () => socket.destroy()
        });
        const fail = (code, message) => finish(failure(code, message));
        socket.once('lookup', () => (phase = 'tcp'));
        socket.once('connect', () => {
            phase = 'tls';
            socket.write(clientHello);
        });
        socket.on('error', (err) => fail(err.code ?? 'ERROR', err.message));
        // What the server said so far decides, when it has said enough or stopped talking.
        const conclude = (ended) => {
            const { protocol } = reader;
            if (protocol !== undefined && (ended || !options.readFlight || reader.done)) {
                if (!options.versions.includes(protocol))
                    return fail('ERR_SSL_UNSUPPORTED_PROTOCOL', `the server picked ${protocol}, which was not offered`);
                return finish({
                    ok: true,
                    protocol,
                    serverHello: reader.serverHello,
                    certificates: reader.certificates,
                    serverKeyExchange: reader.serverKeyExchange,
                    certificateRequested: reader.certificateRequested
                });
            }
            if (reader.notTls)
                return fail('ERR_SSL_WRONG_VERSION_NUMBER', 'the answer is not TLS');
            if (reader.oversized)
                return fail('ERR_SSL_EXCESSIVE_MESSAGE_SIZE', "the server's first flight is too long");
            const { alert } = reader;
            if (alert !== undefined) {
                const message = `the server refused the ClientHello with alert ${alert}`;
                return void alertCode(alert).then(code => fail(code, message));
            }
            if (reader.done)
                return fail('ERR_SSL_UNEXPECTED_MESSAGE', 'the server sent no ServerHello');
            if (ended)
                fail('ECONNRESET', 'the server closed the connection during the handshake');
        };
        socket.on('end', () => conclude(true));
        socket.on('data', (0,isolation/* guard */.ah)((chunk) => {
            reader.push(chunk);
            conclude(false);
        }, err => fail(isolation/* MALFORMED_PEER_DATA */.o9, err.message)));
    });
}
const templates = new WeakMap();
/** The ClientHello record Node's OpenSSL sends with this context (no server name), captured
 * from a TLS socket over a stream that goes nowhere. */
function clientHello(offer) {
    let template = templates.get(offer);
    if (!template) {
        template = new Promise((resolve, reject) => {
            const nowhere = new external_node_stream_.Duplex({
                read: () => undefined,
                write: (chunk, _encoding, done) => {
                    resolve(Buffer.from(chunk));
                    done();
                    // The hello may be written before tls.connect returns.
                    setImmediate(() => socket.destroy());
                }
            });
            const socket = external_node_tls_default().connect({
                socket: nowhere,
                secureContext: offer,
                ALPNProtocols: ['http/1.1'],
                rejectUnauthorized: false
            });
            socket.on('error', reject);
            socket.on('close', () => reject(new Error('no ClientHello was produced for this offer')));
        });
        templates.set(offer, template);
    }
    return template;
}
/** The template with a fresh random and, for a DNS name, its server_name extension first. */
function withTarget(template, host) {
    const body = Buffer.from(template.subarray(9)); // after the record and handshake headers
    (0,external_node_crypto_.randomBytes)(32).copy(body, 2);
    let at = 34;
    at += 1 + body[at]; // session id
    at += 2 + body.readUInt16BE(at); // cipher suites
    at += 1 + body[at]; // compression methods
    const extensions = body.subarray(at + 2, at + 2 + body.readUInt16BE(at));
    const sni = (0,external_node_net_.isIP)(host) === 0 ? serverNameExtension(host) : Buffer.alloc(0);
    const allExtensions = Buffer.concat([sni, extensions]);
    const newBody = Buffer.concat([body.subarray(0, at), u16(allExtensions.length), allExtensions]);
    const handshake = Buffer.concat([Buffer.from([1]), u24(newBody.length), newBody]);
    return Buffer.concat([template.subarray(0, 3), u16(handshake.length), handshake]);
}
/** server_name (RFC 6066 §3) with one host_name. */
function serverNameExtension(host) {
    const name = Buffer.from(host, 'ascii');
    const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name]);
    const list = Buffer.concat([u16(entry.length), entry]);
    return Buffer.concat([u16(0), u16(list.length), list]);
}
const u16 = (n) => Buffer.from([(n >> 8) & 255, n & 255]);
const u24 = (n) => Buffer.from([(n >> 16) & 255, (n >> 8) & 255, n & 255]);

;// CONCATENATED MODULE: ./src/probes/client-auth.ts

/** OpenSSL's alerts for "a client certificate was required and not sent (or not accepted)". */
const CLIENT_CERTIFICATE_ALERT = /CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/;
/** nginx's answer when ssl_verify_client is on and the certificate is missing or refused. */
const NGINX_NO_CLIENT_CERTIFICATE = /No required SSL certificate was sent|The SSL certificate error/i;
/** A handshake that failed because of the client certificate: a client-certificate alert, or
 * a handshake failure right after the server asked for one (TLS 1.2, seen in clear). */
function clientCertificateRefused(failure) {
    return (CLIENT_CERTIFICATE_ALERT.test(failure.code) ||
        (failure.clientCertificateRequested === true &&
            /HANDSHAKE_FAILURE|ECONNRESET/.test(failure.code)));
}
/** A handshake that failed or was reset may be a server that wanted a client certificate. Under
 * TLS 1.2 its CertificateRequest travels in clear: one more hello, offering 1.2, shows it. */
async function withCertificateRequest(endpoint, failure, ctx) {
    if (failure.phase !== 'tls' || !/HANDSHAKE_FAILURE|ECONNRESET/.test(failure.code))
        return failure;
    const answer = await hello(endpoint, {
        timeoutMs: ctx.config.timeoutMs,
        offer: ctx.trust.context({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
        versions: ['TLSv1.2'],
        readFlight: true,
        address: failure.address
    });
    return answer.ok && answer.certificateRequested
        ? { ...failure, clientCertificateRequested: true }
        : failure;
}
function clientCertificateFinding(check, evidence, presented, host) {
    const problem = { kind: 'client-certificate', host };
    if (presented) {
        return {
            check,
            code: 'tls-client-certificate-refused',
            status: 'fail',
            title: 'The endpoint requires a client certificate and refused the one presented',
            details: [evidence, 'Breaks: every client with this certificate, browsers and others.'],
            cause: 'Mutual TLS: the server does not accept client-cert (it is not issued by the CA the server trusts for clients, it expired, or it lacks the clientAuth key usage)',
            fix: {
                text: 'Issue the client certificate from the CA the server trusts for clients, with extended key usage clientAuth, and pass it as client-cert/client-key.'
            },
            problem
        };
    }
    return {
        check,
        code: 'tls-client-certificate-required',
        status: 'fail',
        title: 'The endpoint requires a client certificate (mutual TLS); none was presented',
        details: [
            evidence,
            'Breaks: browsers without that certificate installed, and every client not configured with one.'
        ],
        cause: 'The server asks for a client certificate and refuses connections without one: not a proxy or Upgrade-header problem',
        problem,
        fix: {
            text: 'If the endpoint is meant for browsers, drop mutual TLS there (or make it optional, with an application check). If it is meant for mTLS clients, give wss-doctor a client certificate to check it end to end.',
            code: {
                lang: 'yaml',
                text: 'with:\n  client-cert: certs/client.pem\n  client-key: certs/client-key.pem\n  client-key-passphrase: ${{ secrets.CLIENT_KEY_PASSPHRASE }}'
            }
        }
    };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __nccwpck_require__(52977);
;// CONCATENATED MODULE: ./src/probes/websocket.ts




const BODY_LIMIT = 300;
const MAX_PAYLOAD = 1 << 20;
/** The close code ws ends a session with after a frame it refuses (RFC 6455 §7.4.1), by the
 * error's code: for a ws that does not attach the code to the error itself. */
const FRAME_ERROR_CLOSE = {
    WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 1009,
    WS_ERR_INVALID_UTF8: 1007,
    WS_ERR_TOO_MANY_BUFFERED_PARTS: 1008
};
/** The close code ws sends after refusing the server's data (too big, bad UTF-8, a broken
 * frame, compressed data that does not inflate); undefined for any other error (a reset, a
 * handshake error). ws's receiver marks each such error with the code under its 'status-code'
 * symbol, zlib's errors included (1007), which carry no WS_ERR_ code. */
function refusedFrameCloseCode(err) {
    const marked = Object.getOwnPropertySymbols(err).find(key => key.description === 'status-code');
    const code = marked && err[marked];
    if (typeof code === 'number')
        return code;
    return err.code?.startsWith('WS_ERR_') ? (FRAME_ERROR_CLOSE[err.code] ?? 1002) : undefined;
}
function webSocketSession(options) {
    return new Promise(resolve => {
        const result = {};
        const socket = new wrapper/* default */.Ay(options.url, options.subprotocols, clientOptions(options));
        let timer;
        let step = 'upgrade';
        let pingSent = 0;
        let lastHeard;
        const arm = (next) => {
            step = next;
            clearTimeout(timer);
            timer = setTimeout(() => fail('TIMEOUT', `no answer within ${options.timeoutMs} ms`), options.timeoutMs);
        };
        const done = () => {
            clearTimeout(timer);
            stopOnDeadline();
            socket.removeAllListeners('close');
            socket.terminate();
            resolve(result);
        };
        const fail = (code, message) => {
            result.failed ??= { step, code, message };
            done();
        };
        const close = () => {
            arm('close');
            socket.close(1000, 'wss-doctor done');
        };
        const stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => fail('DEADLINE', 'the run reached its deadline'));
        // Every listener that sees the server's data fails the session instead of throwing.
        const malformed = (err) => fail(isolation/* MALFORMED_PEER_DATA */.o9, err.message);
        socket.on('error', (err) => {
            // A refused frame (too big, bad UTF-8, protocol error): ws closes with its code. It fails
            // the session at any step, the close included (a frame together with the pong, or one
            // sent instead of the close frame).
            const refused = step === 'upgrade' ? undefined : refusedFrameCloseCode(err);
            if (refused !== undefined) {
                result.refusedFrameCode ??= refused;
                result.closeCode ??= refused;
            }
            fail(err.code ?? 'ERROR', err.message);
        });
        socket.on('upgrade', (0,isolation/* guard */.ah)(response => {
            result.status = response.statusCode;
            const connection = response.socket;
            result.connection = options.connection
                ? 'reused'
                : connection.isSessionReused?.()
                    ? 'resumed'
                    : 'new';
            result.headers = response.headers;
        }, malformed));
        socket.on('unexpected-response', (0,isolation/* guard */.ah)((request, response) => {
            result.status = response.statusCode;
            result.headers = response.headers;
            const chunks = [];
            let size = 0;
            const finish = () => {
                result.body = Buffer.concat(chunks).toString('utf8').slice(0, BODY_LIMIT);
                request.destroy();
                fail(`HTTP_${response.statusCode}`, `the server answered HTTP ${response.statusCode} instead of 101 Switching Protocols`);
            };
            response.on('data', (0,isolation/* guard */.ah)((chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (size >= BODY_LIMIT)
                    finish();
            }, malformed));
            response.on('end', (0,isolation/* guard */.ah)(finish, malformed));
            response.on('error', (0,isolation/* guard */.ah)(finish, malformed));
        }, malformed));
        socket.on('open', (0,isolation/* guard */.ah)(() => {
            result.subprotocol = socket.protocol || undefined;
            result.extensions = socket.extensions || undefined;
            arm('ping');
            pingSent = external_node_perf_hooks_.performance.now();
            lastHeard = pingSent;
            socket.ping();
        }, malformed));
        socket.on('pong', (0,isolation/* guard */.ah)(() => {
            lastHeard = external_node_perf_hooks_.performance.now();
            if (step !== 'ping')
                return;
            result.roundTripMs = Math.round((external_node_perf_hooks_.performance.now() - pingSent) * 10) / 10;
            if (options.expect) {
                arm('message');
                if (options.message !== undefined)
                    socket.send(options.message);
            }
            else {
                if (options.message !== undefined)
                    socket.send(options.message);
                close();
            }
        }, malformed));
        socket.on('message', (0,isolation/* guard */.ah)((data, isBinary) => {
            lastHeard = external_node_perf_hooks_.performance.now();
            if (step !== 'message')
                return;
            const text = isBinary ? `<${data.length} bytes of binary>` : data.toString();
            if (options.expect.test(text)) {
                result.reply = text.slice(0, BODY_LIMIT);
                close();
            }
            else {
                result.lastFrame = text.slice(0, BODY_LIMIT);
            }
        }, malformed));
        socket.on('close', (0,isolation/* guard */.ah)((code, reason) => {
            result.closeCode = code;
            if (lastHeard !== undefined)
                result.silentMsBeforeClose = Math.round(external_node_perf_hooks_.performance.now() - lastHeard);
            result.closeReason =
                reason.length > 0 ? reason.toString('utf8').slice(0, BODY_LIMIT) : undefined;
            // Our close answered by a dropped connection (no close frame: 1006) is no clean close.
            if (step === 'close' && code === 1006)
                fail('CLOSED', 'the connection ended without a close frame in answer (1006)');
            else if (step === 'close')
                done();
            else
                fail('CLOSED', `the server closed the connection (code ${code}) during the ${step} step`);
        }, malformed));
        arm('upgrade');
    });
}
/** Opens a WebSocket and holds it the way a browser does while the application is quiet: sends
 * nothing, answers the server's pings, and sees whether it is still open after `holdMs`. Then
 * closes it cleanly (1000). Each step has its timeout (the upgrade and the close `timeoutMs`,
 * the hold `holdMs`); the run's deadline ends it (DEADLINE). */
function idleSession(options) {
    return new Promise(resolve => {
        const result = { pingsAtMs: [], frames: 0 };
        const socket = new wrapper/* default */.Ay(options.url, options.subprotocols, clientOptions(options));
        let step = 'upgrade';
        let openedAt = 0;
        let lastHeard = 0;
        let transport;
        let settled = false;
        let timer;
        const since = () => Math.round(external_node_perf_hooks_.performance.now() - openedAt);
        const arm = (next, ms, expire) => {
            step = next;
            clearTimeout(timer);
            timer = setTimeout(expire, ms);
        };
        const done = () => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            stopOnDeadline();
            socket.terminate();
            resolve(result);
        };
        const fail = (code, message) => {
            if (settled)
                return;
            if (step === 'hold')
                result.heldMs = since();
            // A failed close after a completed hold changes nothing: the verdict is the hold's.
            if (step !== 'close')
                result.failed ??= { step, code, message };
            done();
        };
        const stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => fail('DEADLINE', 'the run reached its deadline'));
        // A frame the client refuses fails the hold at once, whatever the step (the close after
        // the hold included): the server broke the protocol, and no cut follows that could say so.
        const refuse = (closeCode, err) => {
            if (settled)
                return;
            result.refusedFrameCode = closeCode;
            if (step === 'hold')
                result.heldMs = since();
            result.failed ??= { step, code: err.code ?? 'ERROR', message: err.message };
            done();
        };
        const malformed = (err) => fail(isolation/* MALFORMED_PEER_DATA */.o9, err.message);
        socket.on('error', (err) => {
            const refused = step === 'upgrade' ? undefined : refusedFrameCloseCode(err);
            if (refused !== undefined)
                return refuse(refused, err);
            // During the hold any other error ends the connection: 'close' follows and says how.
            if (step === 'hold')
                result.failed ??= { step, code: err.code ?? 'ERROR', message: err.message };
            else
                fail(err.code ?? 'ERROR', err.message);
        });
        socket.on('upgrade', (0,isolation/* guard */.ah)(response => {
            result.status = response.statusCode;
            result.headers = response.headers;
            const raw = response.socket;
            result.connection = raw.isSessionReused?.() ? 'resumed' : 'new';
            // How the transport ends, when no close frame comes: the peer's FIN, or a reset.
            raw.once('end', () => (transport ??= 'FIN'));
            raw.on('error', (err) => {
                if (err.code === 'ECONNRESET' || err.code === 'EPIPE')
                    transport ??= 'RST';
            });
        }, malformed));
        socket.on('unexpected-response', (0,isolation/* guard */.ah)((request, response) => {
            result.status = response.statusCode;
            result.headers = response.headers;
            request.destroy();
            fail(`HTTP_${response.statusCode}`, `the server answered HTTP ${response.statusCode} instead of 101 Switching Protocols`);
        }, malformed));
        socket.on('open', (0,isolation/* guard */.ah)(() => {
            openedAt = external_node_perf_hooks_.performance.now();
            lastHeard = openedAt;
            arm('hold', options.holdMs, () => {
                result.heldMs = since();
                if (socket.readyState !== wrapper/* default */.Ay.OPEN)
                    return done();
                arm('close', options.timeoutMs, done);
                socket.close(1000, 'wss-doctor done');
            });
        }, malformed));
        socket.on('ping', (0,isolation/* guard */.ah)(() => {
            lastHeard = external_node_perf_hooks_.performance.now();
            if (step === 'hold')
                result.pingsAtMs.push(since());
        }, malformed));
        const heard = (0,isolation/* guard */.ah)(() => {
            lastHeard = external_node_perf_hooks_.performance.now();
            if (step === 'hold')
                result.frames++;
        }, malformed);
        socket.on('pong', heard);
        socket.on('message', heard);
        socket.on('close', (0,isolation/* guard */.ah)((code, reason) => {
            if (step === 'hold') {
                result.heldMs = since();
                // ws closed it after refusing a frame (result.failed says which): not a cut.
                if (result.failed)
                    return done();
                result.cut = {
                    code,
                    reason: reason.length > 0 ? reason.toString('utf8').slice(0, BODY_LIMIT) : undefined,
                    transport: code === 1006 ? transport : undefined,
                    silentMs: Math.round(external_node_perf_hooks_.performance.now() - lastHeard)
                };
                return done();
            }
            if (step === 'close')
                return done();
            fail('CLOSED', `the server closed the connection (code ${code}) before the upgrade`);
        }, malformed));
        arm('upgrade', options.timeoutMs, () => fail('TIMEOUT', `no answer within ${options.timeoutMs} ms`));
    });
}
/** ws's options for a session: the run's trust and verification, TLS session resumption, the
 * fixed address, or the open connection to go over. */
function clientOptions(options) {
    const { address } = options;
    // ws hands these to tls.connect; its types omit secureContext, lookup and session.
    const clientOptions = {
        headers: options.headers,
        origin: options.origin,
        handshakeTimeout: options.timeoutMs,
        followRedirects: false,
        maxPayload: MAX_PAYLOAD,
        secureContext: options.secureContext,
        // Deliberately unverified only when trust/hostname already failed: the session still
        // shows whether the upgrade itself works. The caller records that in the finding.
        rejectUnauthorized: options.verifyCertificate,
        session: options.tlsSession,
        lookup: address ? fixedLookup(address) : undefined,
        ...(options.connection ? { createConnection: () => options.connection } : {})
    };
    return clientOptions;
}
/** A lookup that always answers `address`, in the shape net.connect asks for. */
function fixedLookup(address) {
    const family = (0,external_node_net_.isIP)(address);
    return (_host, options, callback) => {
        if (options.all)
            callback(null, [{ address, family }]);
        else
            callback(null, address, family);
    };
}

;// CONCATENATED MODULE: ./src/probes/upgrade.ts





/** Session options for an endpoint of the target (its own, or its ws:// twin). Secrets (the
 * headers, the URL's password and token parameters) travel only in a wss:// session whose
 * certificate verified for the host, and only after the certificate checks passed: anyone in
 * the middle could otherwise take them. That is the connection the checks judged (upgradeSession)
 * or a new one that verifies the certificate itself. Any other session runs without them. */
function sessionOptions(ctx, endpoint, overrides = {}) {
    const { config } = ctx;
    const verified = endpoint.scheme === 'wss' && certificateVerified(ctx);
    const secretUrl = endpoint === ctx.target.endpoint ? ctx.target.secretUrl : undefined;
    const hasSecrets = Object.keys(config.headers).length > 0 || secretUrl !== undefined;
    return {
        url: verified ? (secretUrl ?? endpoint.url) : (0,src_secrets/* withoutSecrets */.cT)(new URL(endpoint.url)),
        address: endpoint.addresses[0],
        timeoutMs: config.timeoutMs,
        secureContext: ctx.trust.secureContext,
        // Unverified only when the certificate checks already failed: the session still shows
        // whether the upgrade itself works. ws:// has no certificate to verify.
        verifyCertificate: verified || endpoint.scheme === 'ws',
        tlsSession: ctx.facts.tlsSession,
        headers: verified ? config.headers : {},
        origin: config.origin,
        subprotocols: config.subprotocols,
        message: config.message,
        expect: config.expect,
        ...overrides,
        secretsWithheld: hasSecrets && !verified
            ? endpoint.scheme === 'ws'
                ? `ws:// is clear text`
                : `the certificate did not verify for ${endpoint.host}`
            : undefined
    };
}
/** Node verified the chain and no certificate check (trust, host name, revocation) failed. */
function certificateVerified(ctx) {
    return (ctx.facts.handshake?.authorized === true &&
        !ctx.earlier.some(f => (f.check === 'trust' || f.check === 'hostname' || f.check === 'revocation') &&
            f.status === 'fail'));
}
const upgradeProbe = {
    check: 'upgrade',
    applies: ctx => ctx.target.endpoint?.scheme === 'ws' || ctx.facts.handshake !== undefined,
    run: async (ctx) => {
        const endpoint = ctx.target.endpoint;
        const options = sessionOptions(ctx, endpoint);
        const session = await upgradeSession(ctx, options);
        if (session.status !== undefined) {
            ctx.facts.upgrade = {
                status: session.status,
                server: header(session, 'server'),
                subprotocol: session.subprotocol,
                extensions: session.extensions,
                roundTripMs: session.roundTripMs,
                connection: session.connection
            };
            ctx.facts.proxy ??= (0,proxies/* recogniseProxy */.ar)({
                status: session.status,
                headers: flatHeaders(session),
                body: session.body
            });
        }
        const notes = [
            ...(session.connection === 'reused'
                ? [
                    'Sent over the connection whose certificate the checks above judged: no second handshake.'
                ]
                : session.connection === 'resumed'
                    ? ['The TLS session of the certificate check was resumed: no second full handshake.']
                    : []),
            ...(options.verifyCertificate || endpoint.scheme === 'ws'
                ? []
                : [
                    'The certificate was not verified for this session: the certificate checks above already failed.'
                ]),
            ...(options.secretsWithheld
                ? [
                    `Sent without the configured headers and URL credentials: ${options.secretsWithheld}, so secrets stay with wss-doctor.`
                ]
                : [])
        ];
        return [withheldCredentials(judgeSession(ctx, endpoint, session, notes), session, options)];
    }
};
/** Over the default handshake's connection while it is open: the very connection whose
 * certificate was judged, and no second handshake. A server may close a connection that has
 * sent nothing while the other checks ran (an idle timeout before the first request): a
 * session that ends so, before any answer, runs once more over a new connection. */
async function upgradeSession(ctx, options) {
    const connection = ctx.facts.connection;
    delete ctx.facts.connection;
    if (!connection || connection.readyState !== 'open') {
        connection?.destroy();
        return webSocketSession(options);
    }
    const session = await webSocketSession({ ...options, connection });
    const dropped = session.status === undefined &&
        session.failed?.step === 'upgrade' &&
        !/^(TIMEOUT|DEADLINE)$/.test(session.failed.code);
    return dropped ? webSocketSession(options) : session;
}
/** A 401/403 to a session that carried no credentials on purpose is no verdict on them. */
function withheldCredentials(finding, session, options) {
    if (!options.secretsWithheld || (session.status !== 401 && session.status !== 403))
        return finding;
    return {
        ...finding,
        code: 'upgrade-credentials-withheld',
        title: `Upgrade refused with HTTP ${session.status}: expected, the credentials were withheld (${options.secretsWithheld})`,
        cause: 'wss-doctor sends credentials only over a connection whose certificate verified; fix the certificate checks above',
        fix: undefined
    };
}
/** The response's headers, one string each (repeated ones joined), for recognising the proxy. */
function flatHeaders(session) {
    const flat = {};
    for (const name of Object.keys(session.headers ?? {}))
        flat[name] = header(session, name);
    return flat;
}
function header(session, name) {
    const value = session.headers?.[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
function judgeSession(ctx, endpoint, session, notes) {
    const { config } = ctx;
    const server = header(session, 'server');
    const facts = [
        session.status !== undefined
            ? `HTTP ${session.status}${server ? ` from ${server}` : ''}`
            : 'no HTTP response',
        ...(session.subprotocol ? [`subprotocol ${session.subprotocol}`] : []),
        ...(session.extensions ? [`extensions ${session.extensions}`] : []),
        ...(session.roundTripMs !== undefined ? [`ping round trip ${session.roundTripMs} ms`] : [])
    ];
    const details = [
        facts.join(', '),
        ...(session.body ? [`Response body starts: ${session.body}`] : []),
        ...notes
    ];
    const finding = (status, code, title, cause, remedy, extra = []) => ({
        check: 'upgrade',
        code,
        status,
        title,
        details: [...details, ...extra],
        cause,
        ...(remedy && 'kind' in remedy ? { problem: remedy } : { fix: remedy })
    });
    const passUpgrade = { kind: 'upgrade', host: endpoint.host, path: endpoint.path };
    const failed = session.failed;
    const presented = config.clientCertificate !== undefined;
    if (failed && CLIENT_CERTIFICATE_ALERT.test(failed.code)) {
        return clientCertificateFinding('upgrade', `${failed.code}: ${failed.message}`, presented, endpoint.host);
    }
    // Node's own TLS servers check a client certificate after the handshake and just close.
    if (presented &&
        failed?.step === 'upgrade' &&
        session.status === undefined &&
        /ECONNRESET|socket hang up/i.test(`${failed.code} ${failed.message}`)) {
        const evidence = `The server closed the connection right after the TLS handshake in which client-cert was presented, without an HTTP answer (${failed.message}).`;
        return clientCertificateFinding('upgrade', evidence, presented, endpoint.host);
    }
    const nginxSays = session.status === 400 && NGINX_NO_CLIENT_CERTIFICATE.exec(session.body ?? '');
    if (nginxSays) {
        const evidence = `HTTP 400${server ? ` from ${server}` : ''}: "${nginxSays[0]}"`;
        return clientCertificateFinding('upgrade', evidence, presented, endpoint.host);
    }
    if (!failed) {
        const reply = session.reply !== undefined ? `; the reply matched ${config.expect}` : '';
        return finding('pass', 'upgrade-ok', `101 Switching Protocols; ping answered in ${session.roundTripMs} ms; closed cleanly (1000)${reply}`);
    }
    if (session.refusedFrameCode !== undefined) {
        const { title, cause, fix } = refusedFrame(session.refusedFrameCode, sessionStage(session, failed.step), failed.message);
        const lastFrame = session.lastFrame !== undefined ? [`Last frame received: ${session.lastFrame}`] : [];
        return finding('fail', 'upgrade-bad-frame', title, cause, fix, [
            `${failed.code}: ${failed.message}`,
            ...lastFrame
        ]);
    }
    const status = session.status;
    if (failed.step === 'upgrade' && status !== undefined && status !== 101) {
        if (status === 403 && config.origin) {
            return finding('fail', 'upgrade-origin-refused', `Upgrade refused with HTTP 403: the server rejects Origin ${config.origin}`, 'The server checks the Origin header and does not allow this one', (0,remedies/* allowOriginFix */.JV)(config.origin));
        }
        if (status === 401 || status === 403) {
            return finding('fail', 'upgrade-auth-required', `Upgrade refused with HTTP ${status}: the endpoint requires authentication`, 'The request carried no valid credentials', (0,remedies/* authenticationFix */.M5)());
        }
        if (status === 404) {
            return finding('fail', 'upgrade-not-found', `No WebSocket endpoint at ${endpoint.path}: HTTP 404${server ? ` from ${server}` : ''}`, 'The path is wrong, or the proxy has no location that routes it to the WebSocket server', passUpgrade);
        }
        const backendDown = status === 502 || status === 503 || status === 504;
        return finding('fail', backendDown ? 'upgrade-backend-down' : 'upgrade-not-upgraded', `The proxy does not upgrade: HTTP ${status}${server ? ` from ${server}` : ''} instead of 101 Switching Protocols`, backendDown
            ? 'The proxy answered but could not reach the WebSocket backend (or does not pass the upgrade to it)'
            : 'A reverse proxy does not pass the Upgrade and Connection headers (or speaks HTTP/1.0 to the backend), so the server sees a plain request', passUpgrade);
    }
    if (failed.code === 'HTTP_101') {
        // Node's HTTP client reads a 101 without both headers as an ordinary answer (ws then reports
        // an unexpected response); browsers fail it too (RFC 6455 §4.1).
        const missing = [
            ...(/^websocket$/i.test(header(session, 'upgrade') ?? '') ? [] : ['Upgrade: websocket']),
            ...(/\bupgrade\b/i.test(header(session, 'connection') ?? '') ? [] : ['Connection: Upgrade'])
        ];
        return finding('fail', 'upgrade-bad-101', `The 101 Switching Protocols answer lacks ${missing.map(h => `"${h}"`).join(' and ') || 'the upgrade headers clients need'}: clients refuse it`, 'Something between client and server drops or rewrites the headers of the WebSocket handshake response (RFC 6455 §4.1)', passUpgrade);
    }
    if (/Sec-WebSocket-Accept/i.test(failed.message)) {
        return finding('fail', 'upgrade-bad-accept', 'The upgrade answer has a wrong Sec-WebSocket-Accept', 'Something between client and server rewrites or fakes the WebSocket handshake (RFC 6455 §4.2.2)', passUpgrade);
    }
    if (/subprotocol/i.test(failed.message)) {
        return finding('fail', 'upgrade-subprotocol', `Subprotocol negotiation failed: ${failed.message}`, `The server accepted none of the offered subprotocols (${config.subprotocols.join(', ') || 'none'})`, (0,remedies/* subprotocolFix */.Ko)(config.subprotocols));
    }
    if ((failed.step === 'ping' || failed.step === 'message') && failed.code !== 'TIMEOUT') {
        return droppedAfterUpgrade(endpoint, session, failed, finding, config.idleTimeoutMs);
    }
    if (failed.step === 'message') {
        const last = session.lastFrame !== undefined
            ? [`Last frame received: ${session.lastFrame}`]
            : ['No frame received.'];
        return finding('fail', 'upgrade-no-reply', `No reply matching ${config.expect} within ${config.timeoutMs} ms${config.message !== undefined ? ' after sending the message' : ''}`, 'The connection opened but the application did not answer as expected', {
            text: 'Check the message input and the server handler; a proxy with proxy_buffering or a short read timeout can also hold frames back.'
        }, last);
    }
    if (failed.step === 'ping') {
        return finding('warn', 'upgrade-no-pong', `No pong within ${config.timeoutMs} ms: the connection opened but a ping went unanswered`, 'The server or a proxy in between does not answer WebSocket pings (RFC 6455 §5.5.2); idle connections may be cut', passUpgrade);
    }
    if (failed.step === 'close') {
        return finding('warn', 'upgrade-no-close', `The server did not complete the close handshake (${failed.message})`, 'The server does not answer a close frame; clients see code 1006 instead of 1000');
    }
    return finding('fail', 'upgrade-no-answer', `WebSocket upgrade failed: ${failed.message}`, 'The upgrade request did not get an answer', passUpgrade);
}
/** Where in the session something happened, for a title: "right after the upgrade". */
function sessionStage(session, step) {
    switch (step) {
        case 'upgrade':
            return 'in the upgrade answer';
        case 'ping':
            return 'right after the upgrade';
        case 'message':
            return 'while waiting for the reply';
        case 'close':
            return `after the ${session.reply !== undefined ? 'reply' : 'pong'}, while the connection was closing`;
    }
}
/** What the finding on a frame the client refused says: ws closed with `closeCode` (1002,
 * 1007, 1008, 1009) at `stage`. A failure whatever the stage: clients close the same way
 * whenever the frame comes, and lose the connection. */
function refusedFrame(closeCode, stage, message) {
    if (closeCode === 1009) {
        return {
            title: `Message too big 1009: the server sent a frame over the ${MAX_PAYLOAD / 1024 / 1024} MiB limit ${stage}`,
            cause: 'A message larger than clients accept, as sent or once permessage-deflate inflates it; they close the connection with 1009',
            fix: {
                text: 'Send smaller messages (split large payloads), or raise the client limit where clients are yours.'
            }
        };
    }
    const name = closeCode === 1002
        ? 'Protocol error 1002'
        : closeCode === 1007
            ? 'Invalid frame data 1007'
            : closeCode === 1008
                ? 'Policy violation 1008'
                : `Frame refused (close code ${closeCode})`;
    return {
        title: `${name}: the server sent a frame clients refuse ${stage} (${message})`,
        cause: 'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5)'
    };
}
/** A drop after at least this much silence reads as an idle timeout, not a crash. */
const IDLE_CUT_MS = 1_000;
/** The connection opened, then ended before the session did: the server closed it or it
 * dropped. A failure: clients see the same right after connecting. */
function droppedAfterUpgrade(endpoint, session, failed, finding, idleTimeoutMs) {
    const when = sessionStage(session, failed.step);
    const extra = [
        `${failed.code}: ${failed.message}`,
        ...(session.lastFrame !== undefined ? [`Last frame received: ${session.lastFrame}`] : [])
    ];
    const code = session.closeCode;
    const silent = session.silentMsBeforeClose ?? 0;
    if (code === 1006 && failed.step === 'message' && silent >= IDLE_CUT_MS) {
        const server = session.headers?.server;
        return finding('fail', 'upgrade-idle-cut', `The idle WebSocket was cut after ${(silent / 1000).toFixed(1)} s without traffic (1006, no close frame)${server ? `: ${server} in front` : ''}`, 'A proxy (or the server) closes connections that stay silent longer than its read timeout (60 s by default in nginx and AWS ALB); real clients lose the socket whenever the application is quiet that long', {
            kind: 'idle-timeout',
            host: endpoint.host,
            path: endpoint.path,
            seconds: Math.ceil(idleTimeoutMs / 1000)
        }, extra);
    }
    if (code === 1006) {
        return finding('fail', 'upgrade-dropped', `Abnormal closure 1006: the connection dropped without a close frame ${when}`, 'The server or a proxy in between cut the connection after the 101: a crashed handler, a proxy without WebSocket support past the handshake, or an idle/read timeout', undefined, extra);
    }
    if (code !== undefined) {
        const reason = session.closeReason !== undefined ? ` (reason "${session.closeReason}")` : '';
        return finding('fail', 'upgrade-closed', `The server closed the connection ${when}: code ${code}${reason}`, 'The application accepted the upgrade and then closed the connection; the code and reason are its own', {
            text: 'Check the server log for this code; authentication, subprotocol or origin checks often close right after accepting.'
        }, extra);
    }
    return finding('fail', 'upgrade-broken', `The connection failed ${when}: ${failed.message}`, 'The connection opened and then broke before the session completed', undefined, extra);
}

;// CONCATENATED MODULE: ./src/probes/compare.ts


function plainTwin(ctx) {
    const endpoint = ctx.target.endpoint;
    const listed = ctx.config.targets.find(t => t.endpoint?.scheme === 'ws' &&
        t.endpoint.host === endpoint.host &&
        t.endpoint.path === endpoint.path)?.endpoint;
    if (listed || !ctx.config.comparePlain)
        return listed;
    const url = new URL(endpoint.url);
    url.protocol = 'ws:';
    url.port = '';
    return { ...endpoint, url: url.href, scheme: 'ws', port: 80 };
}
const compareProbe = {
    check: 'compare',
    applies: ctx => ctx.target.endpoint?.scheme === 'wss' &&
        ctx.earlier.some(f => f.status === 'fail') &&
        plainTwin(ctx) !== undefined,
    run: async (ctx) => {
        const twin = plainTwin(ctx);
        const failing = [
            ...new Set(ctx.earlier.filter(f => f.status === 'fail').map(f => f.check))
        ].join(', ');
        const session = await webSocketSession(sessionOptions(ctx, twin, { message: undefined, expect: undefined }));
        const finding = session.failed
            ? {
                check: 'compare',
                code: 'compare-ws-fails-too',
                status: 'pass',
                title: `${twin.url} fails too (${session.status ? `HTTP ${session.status}` : session.failed.message}): not only a TLS problem`,
                details: [`wss:// failed on: ${failing}.`]
            }
            : {
                check: 'compare',
                code: 'compare-tls-only',
                status: 'fail',
                title: `TLS issue confirmed: ${twin.url} works but ${ctx.target.endpoint.url} fails`,
                details: [
                    `wss:// failed on: ${failing}; the same WebSocket server answers over ws:// (101, ping ${session.roundTripMs} ms).`
                ],
                cause: 'The WebSocket server is healthy; the TLS layer in front of it (certificate, chain, versions) is what fails',
                fix: {
                    text: `Fix the failing ${failing} check(s) above; the application needs no change.`
                }
            };
        return [finding];
    }
};

;// CONCATENATED MODULE: ./src/probes/crypto.ts
const WEAK_SIGNATURE = /md5|sha1/i;
/** Under this, every browser refuses an RSA key (Chromium and Firefox since 2015, badssl.com's
 * rsa512), and so does OpenSSL at any security level above 0. */
const BROWSER_MIN_RSA_BITS = 1024;
function weaknesses(cert) {
    const found = [];
    const { type, bits } = cert.publicKey;
    if (type === 'rsa' && bits !== undefined && bits < BROWSER_MIN_RSA_BITS)
        found.push({
            text: `a ${bits}-bit RSA key (at least 2048 needed; browsers refuse any under 1024)`,
            browsersRefuse: true
        });
    else if (type === 'rsa' && bits !== undefined && bits < 2048)
        found.push({
            text: `a ${bits}-bit RSA key (at least 2048 needed)`
        });
    if (type === 'ec' && bits !== undefined && bits < 256)
        found.push({
            text: `a ${bits}-bit EC key (at least 256 needed)`,
            browsersRefuse: true
        });
    return found;
}
const cryptoProbe = {
    check: 'crypto',
    // With weak-crypto off it still runs: what no browser accepts fails whatever the policy.
    applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
    run: ctx => {
        const chain = ctx.facts.handshake.chain;
        const policy = ctx.config.weakCrypto;
        const findings = chain.flatMap((cert, i) => weaknesses(cert)
            .filter(w => w.browsersRefuse || policy !== 'off')
            .map(({ text: weakness, browsersRefuse }) => ({
            check: 'crypto',
            code: browsersRefuse ? 'crypto-key-refused' : 'crypto-weak-key',
            status: browsersRefuse || policy === 'fail' ? 'fail' : 'warn',
            title: `${i === 0 ? 'The certificate' : `${cert.selfIssued ? 'Root' : 'Intermediate'} "${cert.subject}"`} has ${weakness}`,
            details: [
                `${cert.subject}: ${cert.publicKey.type} ${cert.publicKey.bits ?? '?'} bits, signed with ${cert.signatureAlgorithm}.`
            ],
            cause: browsersRefuse
                ? 'A key so weak that every browser refuses the handshake (an RSA key under 1024 bits is factored in hours)'
                : 'A weak key in the certificate chain: current TLS libraries refuse it or will soon',
            fix: {
                text: i === 0
                    ? 'Reissue the certificate with an ECDSA P-256 or RSA 2048+ key; CAs sign with SHA-256.'
                    : "Serve the CA's current intermediate (2048+ bit key) in the chain: take a fresh fullchain.pem from the CA."
            }
        })));
        const summary = chain.map(c => `${c.subject}: ${c.publicKey.type} ${c.publicKey.bits ?? '?'} bits, ${c.signatureAlgorithm}`);
        if (findings.length > 0 || policy === 'off')
            return findings;
        return [
            {
                check: 'crypto',
                code: 'crypto-ok',
                status: 'pass',
                title: chain.some(c => !c.selfIssued && WEAK_SIGNATURE.test(c.signatureAlgorithm))
                    ? 'Keys are strong (the SHA-1 or MD5 signature is a trust failure)'
                    : 'Keys and signatures are strong',
                details: summary
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/expiry-policy.ts
// When a certificate is "close to expiry" depends on how long it lives: public certificates
// shrink to 200 days (2026), 100 (2027) and 47 (2029), and a fixed 30-day warning would fire
// for most of a 47-day certificate's life. Defaults: warn when under a third of the lifetime
// remains (at most 30 days), fail under a tenth (at most 7 days). Inputs override with fixed days.
const DAY_MS = 86_400_000;
function expiryThresholds(notBefore, notAfter, fixed) {
    const lifetimeDays = (notAfter.getTime() - notBefore.getTime()) / DAY_MS;
    const warnDays = fixed.warnDays ?? Math.min(30, lifetimeDays / 3);
    const failDays = fixed.failDays ?? Math.min(7, lifetimeDays / 10);
    const round = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
    const basis = [
        fixed.warnDays !== undefined
            ? `warn under ${warnDays} days (expiry-warning-days)`
            : `warn under ${round(warnDays)} days (a third of a ${round(lifetimeDays)}-day lifetime, at most 30)`,
        fixed.failDays !== undefined
            ? `fail under ${failDays} days (expiry-error-days)`
            : `fail under ${round(failDays)} days (a tenth of the lifetime, at most 7)`
    ].join('; ');
    return { warnDays, failDays, basis };
}

;// CONCATENATED MODULE: ./src/probes/expiry.ts
// Validity dates across the chain. The leaf: expired, not yet valid, or close to expiry by
// lifetime-aware thresholds (src/expiry-policy.ts). Every other certificate: expired or not
// yet valid fails; one that expires before the leaf warns (the chain breaks on that date).




const expiry_DAY_MS = 86_400_000;
const expiryProbe = {
    check: 'expiry',
    applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
    run: ctx => {
        const [leaf, ...issuers] = ctx.facts.handshake.chain;
        const invalid = ctx.facts.handshake.chain.filter(cert => cert.validFrom === src_facts/* INVALID_TIME */.cJ || cert.validTo === src_facts/* INVALID_TIME */.cJ);
        if (invalid.length > 0)
            return invalid.map(invalidTimeFinding);
        return [leafFinding(ctx, leaf), ...issuers.flatMap(cert => issuerFinding(ctx, cert, leaf))];
    }
};
/** A validity time that does not parse: no client can judge the certificate valid. */
function invalidTimeFinding(cert) {
    const field = (0,src_facts/* certificateTime */.DT)(cert.validTo) ? 'notBefore' : 'notAfter';
    return {
        check: 'expiry',
        code: 'expiry-invalid-time',
        status: 'fail',
        title: `The certificate's ${field} is not a valid time ("${cert.subject}")`,
        details: [`${cert.subject}: valid from ${cert.validFrom} to ${cert.validTo}.`],
        cause: 'The validity field holds a time that does not exist (RFC 5280 §4.1.2.5), so clients reject the certificate',
        fix: { text: 'Reissue the certificate; the CA or the tool that made it wrote a broken date.' }
    };
}
function days(n) {
    return `${n} day${Math.abs(n) === 1 ? '' : 's'}`;
}
function leafFinding(ctx, leaf) {
    const host = ctx.target.endpoint.host;
    const notBefore = new Date(leaf.validFrom);
    const notAfter = new Date(leaf.validTo);
    const left = (0,dates/* daysLeft */.H_)(notAfter, ctx.now);
    const { warnDays, failDays, basis } = expiryThresholds(notBefore, notAfter, {
        warnDays: ctx.config.expiryWarningDays,
        failDays: ctx.config.expiryErrorDays
    });
    const details = [`Valid from ${leaf.validFrom} to ${leaf.validTo}.`, `Thresholds: ${basis}.`];
    const remainingDays = (notAfter.getTime() - ctx.now.getTime()) / expiry_DAY_MS;
    const finding = (status, code, title, cause, fix) => ({ check: 'expiry', code, status, title, details, cause, fix });
    if (ctx.now < notBefore) {
        return finding('fail', 'expiry-not-yet-valid', `Certificate not yet valid: valid from ${(0,dates/* isoDate */._$)(notBefore)}`, 'The certificate is not valid yet', (0,remedies/* notYetValidFix */.fx)());
    }
    if (remainingDays <= 0) {
        return finding('fail', 'expiry-expired', `Certificate expired on ${(0,dates/* isoDate */._$)(notAfter)} (${days(-left)} ago)`, 'The certificate has expired', (0,remedies/* renewalFix */._z)(host));
    }
    if (remainingDays < failDays) {
        return finding('fail', 'expiry-soon', `Certificate expires in ${days(left)}, on ${(0,dates/* isoDate */._$)(notAfter)}`, 'The certificate is about to expire and renewal has not happened', (0,remedies/* renewalFix */._z)(host));
    }
    if (remainingDays < warnDays) {
        return finding('warn', 'expiry-soon', `Certificate expires in ${days(left)}, on ${(0,dates/* isoDate */._$)(notAfter)}`, 'The certificate is close to expiry and renewal has not happened', (0,remedies/* renewalFix */._z)(host));
    }
    return finding('pass', 'expiry-ok', `Valid until ${(0,dates/* isoDate */._$)(notAfter)} (${days(left)} left)`);
}
function issuerFinding(ctx, cert, leaf) {
    const role = cert.selfIssued ? 'Root' : 'Intermediate';
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    const details = [`${cert.subject}: valid from ${cert.validFrom} to ${cert.validTo}.`];
    const host = ctx.target.endpoint.host;
    if (ctx.now >= notAfter) {
        return [
            {
                check: 'expiry',
                code: 'expiry-issuer-expired',
                status: 'fail',
                title: `${role} certificate "${cert.subject}" expired on ${(0,dates/* isoDate */._$)(notAfter)}`,
                details,
                cause: 'A CA certificate in the chain has expired',
                problem: { kind: 'full-chain', host }
            }
        ];
    }
    if (ctx.now < notBefore) {
        return [
            {
                check: 'expiry',
                code: 'expiry-issuer-not-yet-valid',
                status: 'fail',
                title: `${role} certificate "${cert.subject}" is not valid until ${(0,dates/* isoDate */._$)(notBefore)}`,
                details,
                cause: 'A CA certificate in the chain is not valid yet',
                fix: (0,remedies/* notYetValidFix */.fx)()
            }
        ];
    }
    if (notAfter < new Date(leaf.validTo)) {
        return [
            {
                check: 'expiry',
                code: 'expiry-issuer-before-leaf',
                status: 'warn',
                title: `${role} certificate "${cert.subject}" expires on ${(0,dates/* isoDate */._$)(notAfter)}, before the leaf (${(0,dates/* isoDate */._$)(new Date(leaf.validTo))})`,
                details,
                cause: 'The chain stops verifying when its CA certificate expires, even though the leaf is still valid',
                fix: {
                    text: `Download the CA's current intermediate and serve it in the chain before ${(0,dates/* isoDate */._$)(notAfter)} (certbot: renew, then use fullchain.pem).`
                }
            }
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./src/proxies/proxy.ts
var proxies_proxy = __nccwpck_require__(4348);
;// CONCATENATED MODULE: ./src/probes/idle.ts



/** How long a socket is held: a little longer than idle-timeout, so that a proxy that cuts at
 * exactly idle-timeout is caught (5 %, at least a second: the default 60s holds 63 s). */
function idleHoldMs(idleTimeoutMs) {
    return idleTimeoutMs + Math.max(1000, Math.round(idleTimeoutMs * 0.05));
}
const idleProbe = {
    check: 'idle',
    // After an upgrade that worked: a failing upgrade is fixed first, and idle-timeout 0 skips it.
    applies: ctx => ctx.config.idleTimeoutMs > 0 &&
        ctx.facts.upgrade?.status === 101 &&
        !ctx.earlier.some(f => f.check === 'upgrade' && f.status === 'fail'),
    run: ctx => {
        const endpoint = ctx.target.endpoint;
        // The upgrade's rules: secrets only over a verified connection, the same address and trust,
        // the certificate check's TLS session resumed.
        const options = sessionOptions(ctx, endpoint);
        const holdMs = idleHoldMs(ctx.config.idleTimeoutMs);
        const hold = async () => {
            const result = await idleSession({ ...options, holdMs });
            const notes = options.secretsWithheld
                ? [`Held without the configured headers and URL credentials: ${options.secretsWithheld}.`]
                : [];
            return [judgeHold(ctx, endpoint, result, holdMs, notes)];
        };
        if (!ctx.later)
            return hold();
        ctx.later(hold);
        return [];
    }
};
/** Seconds to a tenth: "1.5 s", "63 s". */
const s = (ms) => `${Number((ms / 1000).toFixed(1))} s`;
function judgeHold(ctx, endpoint, result, holdMs, notes) {
    const idleMs = ctx.config.idleTimeoutMs;
    const how = `Held from the 101 for up to ${s(holdMs)} (idle-timeout ${s(idleMs)} and ${s(holdMs - idleMs)} more), sending nothing and answering the server's pings, as a browser does.`;
    const heard = heardLine(result);
    const details = [
        how,
        ...(result.connection === 'resumed'
            ? ['Over a new connection that resumed the TLS session of the certificate check.']
            : []),
        ...(heard ? [heard] : []),
        ...notes
    ];
    const finding = (status, code, title, rest = {}) => ({
        check: 'idle',
        code,
        status,
        title,
        details: [...details, ...(rest.details ?? [])],
        ...(rest.cause ? { cause: rest.cause } : {}),
        ...(rest.fix ? { fix: rest.fix } : {}),
        ...(rest.problem ? { problem: rest.problem } : {})
    });
    const failed = result.failed;
    if (failed?.code === 'DEADLINE') {
        return finding('fail', 'input-deadline', result.heldMs !== undefined
            ? `Not judged: the run reached its deadline ${s(result.heldMs)} into the ${s(holdMs)} idle hold`
            : 'Not judged: the run reached its deadline before the idle hold opened its WebSocket', {
            cause: 'The whole run has a deadline; the idle check holds a silent WebSocket for idle-timeout and the deadline came first',
            fix: {
                text: 'Raise the deadline input above idle-timeout plus what the other checks take, or lower idle-timeout (0 skips the idle check).'
            }
        });
    }
    if (failed?.step === 'upgrade' || result.heldMs === undefined) {
        return finding('warn', 'idle-not-opened', `Not judged: the idle hold could not open its WebSocket (${failed?.message ?? 'no 101'})`, {
            cause: "The idle check's own connection did not upgrade, though the upgrade check's did: a connection limit, rate limiting or a flaky backend"
        });
    }
    if (result.refusedFrameCode !== undefined && failed) {
        // Before the cut: the client closed the connection, and why is the server's frame.
        const stage = failed.step === 'close'
            ? 'after the idle hold, while the connection was closing'
            : `while the connection was idle, ${s(result.heldMs)} into the hold`;
        const { title, cause, fix } = refusedFrame(result.refusedFrameCode, stage, failed.message);
        return finding('fail', 'idle-bad-frame', title, {
            cause,
            fix,
            details: [`${failed.code}: ${failed.message}`]
        });
    }
    if (result.cut)
        return cutFinding(ctx, endpoint, result, result.cut, finding);
    if (failed) {
        return finding('fail', 'idle-broken', `The idle WebSocket ended after ${s(result.heldMs)}: ${failed.message}`, {
            cause: 'The connection broke while it was idle (an error on it, not a close)'
        });
    }
    const pings = result.pingsAtMs.length;
    if (pings > 0) {
        return finding('pass', 'idle-ok', `Still open after ${s(result.heldMs)} without client traffic: the server's pings (${pings}, ${interval(result)}) kept it alive`);
    }
    if (result.frames > 0) {
        return finding('pass', 'idle-ok', `Still open after ${s(result.heldMs)} without client traffic: the server's ${result.frames} frame${result.frames === 1 ? '' : 's'} kept it from going silent`);
    }
    return finding('pass', 'idle-ok', `Still open after ${s(result.heldMs)} silent both ways: nothing in front cuts an idle WebSocket within idle-timeout (${s(idleMs)})`);
}
/** The connection ended during the hold: who cut it, when, and how. */
function cutFinding(ctx, endpoint, result, cut, finding) {
    const after = s(result.heldMs);
    const problem = {
        kind: 'idle-timeout',
        host: endpoint.host,
        path: (0,proxies_proxy/* basePath */.J)(endpoint.path),
        seconds: Math.ceil(ctx.config.idleTimeoutMs / 1000)
    };
    const proxy = ctx.facts.proxy;
    const server = result.headers?.server ?? ctx.facts.upgrade?.server;
    const quiet = result.pingsAtMs.length > 0 || result.frames > 0
        ? [
            `Cut ${s(cut.silentMs)} after the last frame from the server: what pings or messages it sends come less often than the timeout in front.`
        ]
        : [];
    if (cut.code === 1006) {
        const who = proxy
            ? `${proxy.name} in front closed it`
            : 'a proxy or load balancer in front (or the network) closed it';
        const evidence = proxy
            ? [`${proxy.name} is in front, told from ${proxy.evidence}.`]
            : server
                ? [`The 101 came with Server: ${server}.`]
                : [];
        return finding('fail', 'idle-cut', `The idle WebSocket was cut after ${after} (1006, no close frame): ${who}`, {
            details: [
                `No close frame: the connection ended with a TCP ${cut.transport === 'RST' ? 'reset (RST)' : cut.transport === 'FIN' ? 'close (FIN)' : 'close'} alone, the mark of a proxy's or load balancer's idle timeout (a WebSocket server that closes sends a close frame first).`,
                ...quiet,
                ...evidence
            ],
            cause: 'A proxy or load balancer closes connections that carry no data for a while (nginx proxy_read_timeout, HAProxy timeout server/tunnel, Apache Timeout, a load balancer idle timeout); browsers do not ping, so real clients lose the socket whenever the application is quiet that long',
            problem
        });
    }
    const code = cut.code === 1005 ? 'a close frame without a code (1005)' : `code ${cut.code}`;
    const reason = cut.reason !== undefined ? ` (reason "${cut.reason}")` : '';
    return finding('fail', 'idle-closed', `The idle WebSocket was closed after ${after} with ${code}${reason}: the server, or a proxy that speaks WebSocket, closed it`, {
        details: [
            `A close frame comes from software that speaks WebSocket: the application's own idle timeout, or a proxy that terminates WebSockets${proxy ? ` (${proxy.name} is in front)` : ''}. When it is the application, raise its idle timeout or have it ping.`,
            ...quiet
        ],
        cause: 'The WebSocket server or a proxy in front ends connections that stay silent longer than its timeout; real clients lose the socket whenever the application is quiet that long',
        problem
    });
}
/** "Server pings: 6 (about every 0.5 s)", "3 messages from the server", or undefined. */
function heardLine(result) {
    const parts = [
        ...(result.pingsAtMs.length > 0
            ? [
                `${result.pingsAtMs.length} ping${result.pingsAtMs.length === 1 ? '' : 's'} from the server (${interval(result)}), each answered with a pong`
            ]
            : []),
        ...(result.frames > 0
            ? [`${result.frames} other frame${result.frames === 1 ? '' : 's'} from the server`]
            : [])
    ];
    return parts.length > 0 ? `During the hold: ${parts.join('; ')}.` : undefined;
}
/** "about every 0.5 s" (the median gap, from the 101), or "at 30.0 s" for one ping. */
function interval(result) {
    const at = result.pingsAtMs;
    if (at.length === 1)
        return `at ${s(at[0])}`;
    const gaps = at.map((t, i) => t - (i === 0 ? 0 : at[i - 1])).sort((a, b) => a - b);
    return `about every ${s(gaps[Math.floor(gaps.length / 2)])}`;
}

;// CONCATENATED MODULE: ./src/probes/input.ts
const inputProbe = {
    check: 'input',
    applies: ctx => ctx.target.problem !== undefined,
    run: ctx => [
        {
            check: 'input',
            code: 'input-invalid-target',
            status: 'fail',
            title: ctx.target.problem ?? 'Invalid target',
            cause: 'The target list has an entry wss-doctor cannot check',
            fix: { text: 'Correct or remove this entry in the target list.' }
        }
    ]
};

;// CONCATENATED MODULE: ./src/probes/origin.ts
// origin-check: a server that accepts an upgrade from any Origin lets any site open a
// WebSocket with the user's cookies (cross-site WebSocket hijacking).



const FOREIGN_ORIGIN = 'https://evil.example';
const originProbe = {
    check: 'origin',
    applies: ctx => ctx.config.originCheck && ctx.facts.upgrade?.status === 101,
    run: async (ctx) => {
        const session = await webSocketSession(sessionOptions(ctx, ctx.target.endpoint, {
            origin: FOREIGN_ORIGIN,
            message: undefined,
            expect: undefined
        }));
        if (session.status === 101) {
            return [
                {
                    check: 'origin',
                    code: 'origin-foreign-accepted',
                    status: 'warn',
                    title: `Accepts an upgrade from a foreign Origin (${FOREIGN_ORIGIN}): cross-site WebSocket hijacking is possible`,
                    cause: 'The server does not check the Origin header of upgrade requests',
                    fix: (0,remedies/* checkOriginFix */.gD)()
                }
            ];
        }
        const answer = session.status !== undefined
            ? `HTTP ${session.status}`
            : (session.failed?.message ?? 'no answer');
        return [
            {
                check: 'origin',
                code: 'origin-ok',
                status: 'pass',
                title: `Refuses a foreign Origin (${FOREIGN_ORIGIN}): ${answer}`
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/revocation/status.ts
var revocation_status = __nccwpck_require__(97844);
;// CONCATENATED MODULE: ./src/probes/revocation.ts
// Revoked certificates. Sources in order: an OCSP response the
// server stapled, the CRL the leaf names (the common path since Let's Encrypt ended OCSP), the
// OCSP responder it names. Revoked always fails; an unknown status warns (soft) or fails (hard).
// An answer that cannot be used (malformed, wrongly signed, for another certificate, stale) is
// reported as such: a bad staple is the server's misconfiguration even when a CRL answers.




const revocationProbe = {
    check: 'revocation',
    // Only a chain that verified: the CRL and OCSP URLs come from the certificate, and a forged
    // one could send requests anywhere. The issuer must be known to check its answer.
    applies: ctx => ctx.config.revocation !== 'off' &&
        ctx.facts.handshake?.authorized === true &&
        ctx.facts.handshake.chain.length >= 2,
    run: async (ctx) => {
        const { chain, ocspStaple } = ctx.facts.handshake;
        if (!ocspStaple && !namesRevocationSource(chain[0].pem))
            return [noSource()];
        // Loaded on first use: runs without a revocation check never load the ASN.1 parsers.
        const { leafRevocation } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(594), __nccwpck_require__.e(285)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10285));
        const answers = await leafRevocation({ cache: ctx.revocation, now: ctx.now, timeoutMs: ctx.config.timeoutMs }, chain, ocspStaple);
        if (!answers)
            return [noSource()];
        const all = asked(answers);
        const verdict = all.find(revocation_status/* decides */.y) ?? all[all.length - 1];
        ctx.facts.revocation = {
            status: verdict.status === 'unusable' ? 'unknown' : verdict.status,
            source: verdict.source
        };
        return [judge(ctx, answers)];
    }
};
function noSource() {
    return {
        check: 'revocation',
        code: 'revocation-no-source',
        status: 'pass',
        title: 'The certificate names no CRL or OCSP responder, and none was stapled: clients cannot check it either'
    };
}
/** Whether the leaf has a CRL distribution points or an authority information access extension
 * (read in the DER): without either, and without a staple, there is nothing to ask, and the ASN.1
 * parsers are not loaded (a private PKI's certificates often name neither). */
function namesRevocationSource(pem) {
    const der = Buffer.from((0,src_der/* pemBase64 */.Sz)(pem), 'base64');
    return [CRL_DISTRIBUTION_POINTS, AUTHORITY_INFO_ACCESS].some(oid => (0,src_der/* certificateExtension */.lc)(der, oid) !== undefined);
}
const CRL_DISTRIBUTION_POINTS = '2.5.29.31';
const AUTHORITY_INFO_ACCESS = '1.3.6.1.5.5.7.1.1';
/** Every answer, the staple's first. */
function asked({ staple, fetched }) {
    return staple ? [staple, ...fetched] : fetched;
}
function judge(ctx, answers) {
    const all = asked(answers);
    const decisive = all.find(revocation_status/* decides */.y);
    const badStaple = answers.staple && !(0,revocation_status/* decides */.y)(answers.staple) ? answers.staple : undefined;
    if (decisive?.status === 'revoked')
        return revokedFinding(ctx, decisive, badStaple);
    if (decisive && badStaple)
        return badStapleFinding(badStaple, decisive);
    if (decisive)
        return {
            check: 'revocation',
            code: 'revocation-ok',
            status: 'pass',
            title: `Not revoked (${decisive.source}, issued ${(0,dates/* isoDate */._$)(decisive.thisUpdate)})`
        };
    return undecidedFinding(ctx, all.filter((a) => !(0,revocation_status/* decides */.y)(a)), badStaple);
}
function revokedFinding(ctx, revoked, badStaple) {
    return {
        check: 'revocation',
        code: 'revocation-revoked',
        status: 'fail',
        title: `Certificate revoked on ${(0,dates/* isoDate */._$)(revoked.revokedAt)}${revoked.reason ? ` (${revoked.reason})` : ''}`,
        details: [`Source: ${revoked.source}.`, ...(badStaple ? [`${sentence(badStaple.why)}.`] : [])],
        cause: 'The certificate has been revoked: browsers that check revocation refuse it',
        fix: (0,remedies/* reissueFix */.GZ)(ctx.target.endpoint.host)
    };
}
/** Another source answered, so the status is known; the staple is still the server's fault. */
function badStapleFinding(badStaple, good) {
    return {
        check: 'revocation',
        code: 'revocation-bad-staple',
        status: 'warn',
        title: sentence(badStaple.why),
        details: [
            `The certificate is not revoked: the ${good.source} says so (issued ${(0,dates/* isoDate */._$)(good.thisUpdate)}).`
        ],
        ...STAPLE_REMEDY
    };
}
/** No source decided: the first to name is a bad staple (the server's to fix), else the last
 * source asked; the others follow in the details. */
function undecidedFinding(ctx, answers, badStaple) {
    const hard = ctx.config.revocation === 'hard';
    const lead = badStaple ?? answers[answers.length - 1];
    return {
        check: 'revocation',
        code: badStaple
            ? 'revocation-bad-staple'
            : lead.status === 'unusable'
                ? 'revocation-unusable-answer'
                : 'revocation-unknown',
        status: hard ? 'fail' : 'warn',
        title: badStaple ? sentence(badStaple.why) : `Revocation status unknown: ${lead.why}`,
        details: [
            ...(badStaple ? [] : [`Source: ${lead.source}.`]),
            ...answers.filter(a => a !== lead).map(a => `${sentence(a.why)} (${a.source}).`),
            `revocation: ${ctx.config.revocation} makes this a ${hard ? 'failure' : 'warning'}.`
        ],
        ...(badStaple
            ? STAPLE_REMEDY
            : lead.status === 'unusable'
                ? UNUSABLE_SOURCE_REMEDY
                : UNREACHABLE_SOURCE_REMEDY)
    };
}
const STAPLE_REMEDY = {
    cause: 'The server staples an OCSP response that clients cannot use: at best they ignore it (Chromium does), at worst they refuse the connection (Firefox refuses a stapled response that does not verify)',
    fix: {
        text: 'Make the server staple a current response from the issuer’s own OCSP responder, for the certificate it serves, or turn stapling off. nginx fetches and verifies it itself with ssl_stapling on; ssl_stapling_verify on; and the issuer in ssl_trusted_certificate; a response kept in a file (nginx ssl_stapling_file, HAProxy’s .ocsp) must be renewed before its nextUpdate and replaced with the certificate.'
    }
};
const UNUSABLE_SOURCE_REMEDY = {
    cause: "The certificate's revocation source answers, but with data that cannot be used (malformed, signed by the wrong key, for another certificate, or stale)",
    fix: {
        text: 'Fetch the answer yourself to see what is served (openssl crl -inform DER -text -in the CRL; openssl ocsp -issuer issuer.pem -cert leaf.pem -url the responder), and tell the CA when its source serves it so; a proxy between the runner and the source may also rewrite it. Serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
    }
};
const UNREACHABLE_SOURCE_REMEDY = {
    cause: "The certificate's revocation source cannot be reached or does not give a valid answer",
    fix: {
        text: 'Check that the CRL distribution point or OCSP responder is reachable from the runner; serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
    }
};
/** A clause as a sentence: its first letter upper-case. */
function sentence(clause) {
    return clause.charAt(0).toUpperCase() + clause.slice(1);
}

// EXTERNAL MODULE: ./src/probes/scheme.ts
var scheme = __nccwpck_require__(96436);
;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
// EXTERNAL MODULE: ./src/targets.ts
var src_targets = __nccwpck_require__(38993);
// EXTERNAL MODULE: ./src/probes/handshake.ts
var handshake = __nccwpck_require__(53294);
;// CONCATENATED MODULE: ./src/probes/versions.ts
// The TLS version matrix: which of 1.0–1.3 the server accepts, judged by min-tls-version,
// require-tls-versions and fail-on-legacy-tls. The default handshake already answers for 1.2/1.3,
// so only the versions it could not tell are asked, concurrently (and 1.2 for the chain).




const LABEL = {
    TLSv1: '1.0',
    'TLSv1.1': '1.1',
    'TLSv1.2': '1.2',
    'TLSv1.3': '1.3'
};
/** What a client offering exactly these versions (adjacent ones) sends. OpenSSL 3 refuses
 * 1.0/1.1 at its default security level, so asking for them needs SECLEVEL=0, on these probe
 * connections only. */
function offer(versions) {
    return {
        minVersion: versions[0],
        maxVersion: versions[versions.length - 1],
        ...(versions.some(isLegacy) ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {})
    };
}
/** OpenSSL's words for "no version (or cipher) in common". */
const VERSION_MISMATCH = /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH/;
const REFUSAL = /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH|HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|ECONNRESET|WRONG_VERSION_NUMBER|INSUFFICIENT_SECURITY/;
function support(failure) {
    // The version was agreed on: only the client certificate stood in the way.
    if (clientCertificateRefused(failure))
        return 'accepted';
    return failure.phase === 'tls' && REFUSAL.test(failure.code) ? 'refused' : 'unknown';
}
/** What the default handshake (offering 1.2 and 1.3) proves: the server picks its highest. */
function known(handshakeFacts) {
    if (handshakeFacts?.protocol === 'TLSv1.3')
        return { 'TLSv1.3': 'accepted' };
    if (handshakeFacts?.protocol === 'TLSv1.2')
        return { 'TLSv1.2': 'accepted', 'TLSv1.3': 'refused' };
    return {};
}
const versionsProbe = {
    check: 'versions',
    // After a failed default handshake, only when the server refused the versions offered.
    applies: ctx => ctx.facts.handshake !== undefined ||
        VERSION_MISMATCH.test(ctx.facts.handshakeFailure?.code ?? ''),
    run: async (ctx) => {
        const endpoint = ctx.target.endpoint;
        const timeoutMs = ctx.config.timeoutMs;
        const matrix = known(ctx.facts.handshake);
        // Up to 1.2 a ClientHello and the server's first flight in clear answer (hello.ts); 1.3
        // is asked with a whole handshake, and only when the default one failed.
        const ask = (versions, readFlight = false) => hello(endpoint, {
            timeoutMs,
            offer: ctx.trust.context(offer(versions)),
            versions,
            readFlight
        });
        const single = async (version) => {
            if (version === 'TLSv1.3') {
                const result = await (0,handshake/* handshake */.g)(endpoint, {
                    timeoutMs,
                    secureContext: ctx.trust.context(offer([version])),
                    readChain: false
                });
                matrix[version] = result.ok ? 'accepted' : support(result.failure);
                return;
            }
            // The 1.2 answer also shows the chain as sent, for the chain probe.
            const result = await ask([version], version === 'TLSv1.2');
            if (result.ok && result.certificates)
                ctx.facts.sentChain = result.certificates.map(der => der.toString('base64'));
            matrix[version] ??= verdict(result);
        };
        const legacy = matrix.TLSv1 === undefined && matrix['TLSv1.1'] === undefined;
        await Promise.all([
            // 1.2 even when the default handshake proved it: its answer carries the chain as sent.
            ...src_facts/* TLS_VERSIONS */.Mk.filter(v => (matrix[v] === undefined || v === 'TLSv1.2') && !(legacy && isLegacy(v))).map(single),
            ...(legacy ? [legacyVersions(ask, single, matrix)] : [])
        ]);
        return versions_judge(ctx, matrix);
    }
};
const verdict = (answer) => answer.ok ? 'accepted' : support(answer.failure);
const isLegacy = (version) => version === 'TLSv1' || version === 'TLSv1.1';
/** TLS 1.0 and 1.1 in one hello offering both: the server takes its highest, so a refusal
 * answers for both, and 1.0 needs asking on its own only when 1.1 was taken (most servers
 * refuse both: one question instead of two). */
async function legacyVersions(ask, single, matrix) {
    const result = await ask(['TLSv1', 'TLSv1.1']);
    const both = verdict(result);
    if (both !== 'accepted') {
        matrix.TLSv1 = both;
        matrix['TLSv1.1'] = both;
    }
    else if (result.ok && result.protocol === 'TLSv1') {
        matrix.TLSv1 = 'accepted';
        matrix['TLSv1.1'] = 'refused';
    }
    else if (result.ok) {
        matrix['TLSv1.1'] = 'accepted';
        await single('TLSv1');
    }
    else {
        // A version was agreed but not named (a client certificate stood in the way): ask each.
        await Promise.all([single('TLSv1'), single('TLSv1.1')]);
    }
}
function versions_judge(ctx, matrix) {
    const { minTlsVersion, requireTlsVersions, failOnLegacyTls } = ctx.config;
    const legacyStatus = failOnLegacyTls ? 'fail' : 'warn';
    const cells = {};
    for (const version of src_facts/* TLS_VERSIONS */.Mk) {
        const accepted = matrix[version] === 'accepted';
        const legacy = src_facts/* TLS_VERSIONS */.Mk.indexOf(version) < src_facts/* TLS_VERSIONS */.Mk.indexOf(minTlsVersion);
        const required = requireTlsVersions.includes(version);
        const status = accepted
            ? legacy
                ? legacyStatus
                : 'pass'
            : required
                ? 'fail'
                : version === 'TLSv1.2' && matrix[version] === 'refused'
                    ? 'warn'
                    : 'pass';
        cells[version] = { support: matrix[version], status };
    }
    ctx.facts.versions = cells;
    const list = (versions) => versions.map(v => LABEL[v]).join(', ');
    const pick = (test) => src_facts/* TLS_VERSIONS */.Mk.filter(test);
    const accepted = pick(v => matrix[v] === 'accepted');
    const details = [
        `Accepted: ${list(accepted) || 'none'}; refused: ${list(pick(v => matrix[v] === 'refused')) || 'none'}${pick(v => matrix[v] === 'unknown').length ? `; unknown (no answer): ${list(pick(v => matrix[v] === 'unknown'))}` : ''}.`
    ];
    const host = ctx.target.endpoint.host;
    if (accepted.length === 0) {
        const title = `${host} accepts none of TLS 1.0, 1.1, 1.2 and 1.3`;
        return [
            {
                check: 'versions',
                code: 'versions-none',
                status: 'fail',
                title,
                details,
                cause: 'TLS version mismatch: no TLS version in common',
                problem: { kind: 'tls-versions', host }
            }
        ];
    }
    const findings = [];
    const missing = pick(v => requireTlsVersions.includes(v) && matrix[v] !== 'accepted');
    if (missing.length > 0) {
        findings.push({
            check: 'versions',
            code: 'versions-required-missing',
            status: 'fail',
            title: `Does not accept TLS ${list(missing)}, which require-tls-versions requires`,
            details,
            cause: 'TLS version mismatch: the server and its clients or proxies share no version the policy requires',
            problem: { kind: 'tls-versions', host }
        });
    }
    const legacy = pick(v => matrix[v] === 'accepted' && cells[v].status !== 'pass');
    if (legacy.length > 0) {
        findings.push({
            check: 'versions',
            code: 'versions-legacy',
            status: legacyStatus,
            title: `Accepts legacy TLS ${list(legacy)} (below min-tls-version ${LABEL[minTlsVersion]})`,
            details,
            cause: 'Old TLS versions with weak ciphers are still enabled: a downgrade risk that browsers no longer need',
            problem: { kind: 'tls-versions', host }
        });
    }
    if (matrix['TLSv1.2'] === 'refused' && !requireTlsVersions.includes('TLSv1.2')) {
        findings.push({
            check: 'versions',
            code: 'versions-no-tls12',
            status: 'warn',
            title: `Refuses TLS 1.2: clients and proxies that stop at TLS 1.2 cannot connect to ${host}`,
            details: [
                ...details,
                'Still common at TLS 1.2: Java 8 and Android before 10, .NET on Windows Server 2019 and older, and many corporate TLS-inspecting proxies and load balancers.'
            ],
            cause: 'TLS version mismatch: the server requires TLS 1.3 but a client or proxy only supports TLS 1.2',
            problem: { kind: 'tls-versions', host }
        });
    }
    if (findings.length === 0) {
        const note = matrix['TLSv1.3'] === 'accepted'
            ? []
            : ['No TLS 1.3: enabling it (ssl_protocols TLSv1.2 TLSv1.3) makes handshakes faster.'];
        findings.push({
            check: 'versions',
            code: 'versions-ok',
            status: 'pass',
            title: `Accepts TLS ${list(accepted)}`,
            details: [...details, ...note]
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/probes/tls.ts
// The TLS handshake check: a connection that fails names the step (DNS, TCP, TLS) and the
// likely cause; one that succeeds leaves its facts for the certificate probes.








const tlsProbe = {
    check: 'tls',
    applies: ctx => ctx.target.endpoint?.scheme === 'wss',
    run: async (ctx) => {
        const endpoint = ctx.target.endpoint;
        const options = { timeoutMs: ctx.config.timeoutMs, secureContext: ctx.trust.secureContext };
        const presented = ctx.config.clientCertificate !== undefined;
        // Every address of the host is shaken hands with at once; the first one's facts feed the
        // certificate checks, the others are compared by the addresses probe.
        const { addresses, unchecked } = await targetAddresses(endpoint, ctx.config.allAddresses, ctx.config.timeoutMs);
        if (unchecked > 0)
            ctx.facts.uncheckedAddresses = unchecked;
        const [result, ...others] = await Promise.all((addresses.length > 0 ? addresses : [undefined]).map((address, i) => 
        // The first handshake stays open for the upgrade, and keeps its session for later
        // sessions to resume.
        (0,handshake/* handshake */.g)(endpoint, { ...options, address, keepSession: i === 0, keepConnection: i === 0 })));
        if (others.length > 0) {
            ctx.facts.otherAddresses = others.map((r, i) => ({
                address: addresses[i + 1],
                ...(r.ok ? { handshake: r.facts } : { failure: r.failure })
            }));
        }
        if (!result.ok) {
            const failure = await withCertificateRequest(endpoint, result.failure, ctx);
            ctx.facts.handshakeFailure = failure;
            if (/NO_APPLICATION_PROTOCOL/.test(failure.code)) {
                // Loaded here only: Node's HTTP/2 is 6 ms of every run's start-up otherwise.
                const { http2AllowsWebSockets } = await __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.bind(__nccwpck_require__, 47935));
                const viaHttp2 = await http2AllowsWebSockets(endpoint, options);
                return [alpnFinding(endpoint, failure, viaHttp2)];
            }
            if (clientCertificateRefused(failure)) {
                const { code, message } = failure;
                return [clientCertificateFinding('tls', `${code}: ${message}`, presented, endpoint.host)];
            }
            return [failureFinding(endpoint, failure)];
        }
        ctx.facts.handshake = result.facts;
        ctx.facts.tlsSession = result.session;
        ctx.facts.connection = result.connection;
        const { protocol, cipher, remoteAddress, handshakeMs, group, alpn } = result.facts;
        const alert = result.facts.alertAfterHandshake;
        if (alert && CLIENT_CERTIFICATE_ALERT.test(alert)) {
            // The certificate checks still run on what the handshake showed.
            const evidence = `${protocol} handshake with ${remoteAddress} completed, then the server sent ${alert}.`;
            return [clientCertificateFinding('tls', evidence, presented, endpoint.host)];
        }
        return [
            {
                check: 'tls',
                code: 'tls-ok',
                status: 'pass',
                title: `${protocol} handshake with ${remoteAddress} (${cipher})`,
                details: [
                    `Cipher ${cipher}, key exchange ${group ?? 'n/a'}, ALPN ${alpn ?? 'none'}; the handshake took ${handshakeMs} ms.`
                ]
            }
        ];
    }
};
/** A bound on the handshakes one target costs, however many records its name has. */
const MAX_ADDRESSES = 16;
/** The resolve input's addresses, else (with all-addresses) every A/AAAA record; [] leaves
 * resolution to the connection, so that a DNS failure is reported as one. */
async function targetAddresses(endpoint, allAddresses, timeoutMs) {
    const capped = (all) => ({
        addresses: all.slice(0, MAX_ADDRESSES),
        unchecked: Math.max(0, all.length - MAX_ADDRESSES)
    });
    if (endpoint.addresses.length > 0)
        return allAddresses
            ? capped(endpoint.addresses)
            : { addresses: endpoint.addresses.slice(0, 1), unchecked: 0 };
    if (!allAddresses || (0,external_node_net_.isIP)(endpoint.host) !== 0)
        return { addresses: [], unchecked: 0 };
    let timer;
    let stopOnDeadline = () => undefined;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve([]), timeoutMs);
        stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => resolve([]));
    });
    const lookup = promises_default().lookup(endpoint.host, { all: true }).then(records => records.map(r => (0,src_targets/* canonicalAddress */.Z5)(r.address)), () => []);
    const addresses = await Promise.race([lookup, timeout]);
    clearTimeout(timer);
    stopOnDeadline();
    return capped([...new Set(addresses)]);
}
function where(endpoint, failure) {
    return `${failure.address && failure.address !== endpoint.host ? `${failure.address} (for ${endpoint.host})` : endpoint.host} port ${endpoint.port}`;
}
/** ALPN without http/1.1: fatal unless HTTP/2 offers extended CONNECT (RFC 8441). */
function alpnFinding(endpoint, failure, viaHttp2) {
    const at = where(endpoint, failure);
    const details = [
        `${failure.code}: ${failure.message}`,
        'The certificate checks were skipped: no handshake offering http/1.1 completed.'
    ];
    if (viaHttp2) {
        return {
            check: 'tls',
            code: 'tls-alpn-http2-only',
            status: 'warn',
            title: `${at} refuses ALPN http/1.1: WebSockets work only over HTTP/2 (RFC 8441)`,
            details: [...details, 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is 1.'],
            cause: 'Clients without WebSockets over HTTP/2 (many non-browser clients, older browsers) cannot connect',
            fix: (0,remedies/* alpnFix */.jD)()
        };
    }
    return {
        check: 'tls',
        code: 'tls-alpn-refused',
        status: 'fail',
        title: `${at} refuses ALPN http/1.1 and its HTTP/2 does not allow WebSockets`,
        details: [
            ...details,
            viaHttp2 === false
                ? 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is not set.'
                : 'HTTP/2 could not be negotiated either.'
        ],
        cause: 'Browsers open WebSockets over HTTP/1.1, or over HTTP/2 only where the server allows extended CONNECT (RFC 8441); this server or CDN offers neither',
        fix: (0,remedies/* alpnFix */.jD)()
    };
}
function failureFinding(endpoint, failure) {
    const at = where(endpoint, failure);
    const finding = (code, title, cause, remedy) => ({
        check: 'tls',
        code,
        status: 'fail',
        title,
        details: [`${failure.code}: ${failure.message}`],
        cause,
        ...(remedy && 'kind' in remedy ? { problem: remedy } : { fix: remedy })
    });
    const { host } = endpoint;
    const listener = {
        kind: 'tls-listener',
        host,
        port: endpoint.port,
        path: endpoint.path
    };
    const { code, phase } = failure;
    if (/EXCESSIVE_MESSAGE_SIZE/.test(code)) {
        return finding('tls-certificate-too-large', `The certificate message from ${at} is larger than clients accept (OpenSSL: excessive message size): too many names in one certificate`, 'One certificate carries so many names (SANs) that the handshake message exceeds the 100 kB OpenSSL-based clients accept', { kind: 'certificate-size', host });
    }
    if (/DH_KEY_TOO_SMALL/.test(code)) {
        return finding('tls-weak-dh', `${at} offers DHE with a Diffie-Hellman group too small for this client (under 2048 bits)`, 'The server prefers finite-field DHE with a weak group (Logjam); current OpenSSL clients refuse it, and browsers do not offer DHE at all (see the ciphers check)', { kind: 'browser-ciphers', host, browsersLockedOut: true });
    }
    if (code === 'TIMEOUT') {
        if (phase === 'tls') {
            return finding('tls-handshake-timeout', `TLS handshake timed out: ${at} accepted the connection but sent no TLS answer`, 'The port accepts TCP but does not speak TLS, or the server is overloaded', listener);
        }
        return finding('tls-connect-timeout', `Connection timed out: ${at} did not answer (${phase === 'dns' ? 'DNS lookup' : 'TCP connect'})`, 'The host is down, or a firewall drops the traffic', {
            text: `Check that ${endpoint.host} resolves and that port ${endpoint.port} is open to this runner.`
        });
    }
    if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'].includes(code)) {
        return finding('tls-dns-failed', `DNS lookup failed for ${endpoint.host}`, 'The host name does not resolve', {
            text: `Check the host name, or add a DNS record for ${endpoint.host}. To test a server before DNS points at it, use the resolve input (${endpoint.host}:${endpoint.port}:ADDRESS).`
        });
    }
    if (code === 'ECONNREFUSED') {
        return finding('tls-connection-refused', `Connection refused by ${at}`, 'Nothing listens on that port', {
            text: `Start the server, or check the port: wss:// defaults to 443, and a reverse proxy must listen with "listen ${endpoint.port} ssl;".`
        });
    }
    if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
        return finding('tls-unreachable', `Host unreachable: ${at}`, 'No network route to the host', {
            text: 'Check the address and the runner network; a private address is not reachable from GitHub-hosted runners.'
        });
    }
    if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|RECORD_LAYER_FAILURE/.test(code)) {
        return finding('tls-not-tls', `Not a TLS port: ${at} answered in plain text`, 'The port serves plain HTTP or ws://, not TLS', listener);
    }
    if (VERSION_MISMATCH.test(code)) {
        return finding('tls-version-mismatch', `No TLS version in common with ${at}`, 'TLS version mismatch: the server and the client (or proxy) support no common TLS version', { kind: 'tls-versions', host });
    }
    if (/HANDSHAKE_FAILURE|UNRECOGNIZED_NAME|NO_SHARED_CIPHER/.test(code)) {
        return finding('tls-handshake-refused', `TLS handshake refused by ${at}`, 'The server refused the handshake: no shared cipher or TLS version, or no certificate configured for this server name (SNI)', { kind: 'tls-versions', host });
    }
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return finding('tls-connection-reset', `Connection closed by ${at} during the ${phase === 'tls' ? 'TLS handshake' : 'connect'}`, 'The server or a middlebox dropped the connection: often a non-TLS port, or no certificate for this server name', listener);
    }
    return finding('tls-failed', `TLS connection to ${at} failed (${code})`, 'The TLS handshake could not be completed', {
        text: `Reproduce with: openssl s_client -connect ${endpoint.addresses[0] ?? endpoint.host}:${endpoint.port} -servername ${endpoint.host}`
    });
}

;// CONCATENATED MODULE: ./src/probes/trust.ts
// Is the chain trusted, and by whom? Node's verdict, explained by the chain's shape: a SHA-1 or
// MD5 signature, a self-signed leaf, an untrusted root, or an issuer that was not sent (a
// missing intermediate, which Chromium alone fetches, or an untrusted root). Validity dates are
// the expiry probe's business; key sizes the crypto probe's.


// OpenSSL reports only one error; these are about dates, judged by the expiry probe.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
/** Signatures browsers and OpenSSL 3 (at its default security level) refuse. */
const trust_WEAK_SIGNATURE = /md5|sha1/i;
const trustProbe = {
    check: 'trust',
    applies: ctx => ctx.facts.handshake !== undefined,
    run: ctx => {
        const { chain, authorized, verifyError } = ctx.facts.handshake;
        const host = ctx.target.endpoint.host;
        if (chain.length === 0) {
            return [
                fail('trust-no-certificate', 'The server sent no certificate', [], 'No certificate is configured for this server name', (0,remedies/* trustedCertificateFix */.il)(host))
            ];
        }
        const leaf = chain[0];
        const top = chain[chain.length - 1];
        const details = chainDetails(chain, verifyError);
        // A root's own signature is never checked; every other signature in the chain is.
        const weak = chain.filter(c => !c.selfIssued && trust_WEAK_SIGNATURE.test(c.signatureAlgorithm));
        const signature = weak.length > 0 ? [weakSignature(chain, weak, details, host)] : [];
        const trusted = {
            check: 'trust',
            code: 'trust-ok',
            status: 'pass',
            title: `Trusted chain: ${leaf.issuer} → ${top.subject}`,
            details
        };
        if (authorized)
            return signature.length > 0 ? signature : [trusted];
        const anchored = top.selfIssued && ctx.trust.isTrustedRoot(top.fingerprint256);
        if (anchored && verifyError !== undefined && DATE_ERRORS.has(verifyError))
            return signature.length > 0 ? signature : [trusted];
        // OpenSSL at security level 2 (Node 24) refuses an RSA-1024 key that browsers accept; the
        // crypto check judges key sizes (weak-crypto), so a chain that is otherwise sound passes here.
        if (anchored && signature.length === 0 && chain.some(weakKey)) {
            return [
                {
                    ...trusted,
                    details: [
                        ...details,
                        "This runtime's OpenSSL refuses a key in the chain as too small: the crypto check judges key sizes."
                    ]
                }
            ];
        }
        const shape = chainShape(ctx, chain, details);
        // With a weak signature and nothing else wrong in the chain's shape, the signature is why.
        if (shape)
            return [...signature, shape];
        if (signature.length > 0)
            return signature;
        return [
            fail('trust-verify-failed', `Certificate verification failed: ${verifyError}`, details, 'The chain does not verify: a weak key (see the crypto check) is a common reason', (0,remedies/* trustedCertificateFix */.il)(host))
        ];
    }
};
/** The failure the chain's shape explains, if any. */
function chainShape(ctx, chain, details) {
    const host = ctx.target.endpoint.host;
    const leaf = chain[0];
    const top = chain[chain.length - 1];
    if (chain.length === 1 && leaf.selfIssued) {
        return fail('trust-self-signed', `Self-signed certificate (${leaf.subject}): not trusted by browsers`, details, "Self-signed certificate: not trusted by the browser's CA store", (0,remedies/* trustedCertificateFix */.il)(host));
    }
    // Node links every certificate sent to its issuer among them (by name and key identifier), so
    // a root that was sent, in any order, ends the chain.
    if (top.selfIssued && !ctx.trust.isTrustedRoot(top.fingerprint256)) {
        return fail('trust-untrusted-root', `Untrusted root CA ${top.subject}: browsers will not trust it; interception proxies and development CAs look like this`, details, 'The chain ends in a root CA that is not in the trust store: a TLS-intercepting proxy or antivirus, a development CA (mkcert), or a private CA', (0,remedies/* trustedCertificateFix */.il)(host));
    }
    if (top.selfIssued)
        return undefined;
    // The issuer of the last certificate was neither sent nor trusted.
    const missing = top.issuer;
    const caIssuers = caIssuersUrls(top);
    const where = top === leaf
        ? `the issuer "${missing}" was not sent`
        : `the chain ends at "${top.subject}", issued by "${missing}", which was not sent`;
    if (caIssuers.length > 0) {
        return fail('trust-missing-intermediate', `Incomplete certificate chain: ${where}; only Chromium fetches it (caIssuers ${caIssuers[0]})`, [...details, `caIssuers (AIA): ${caIssuers.join(', ')}`], `The server sends its certificate without the intermediate CA certificate. Chromium fetches the missing intermediate from the caIssuers URL and connects; Firefox, Node, Python, Java and curl do not`, undefined, { kind: 'full-chain', host });
    }
    if (top === leaf) {
        return fail('trust-unknown-issuer', `Unknown issuer "${missing}": not sent, not trusted, and the certificate names no caIssuers URL: an untrusted root CA or a missing intermediate`, details, 'The issuer is unknown: either the server leaves out its intermediate CA certificate, or the certificate comes straight from a root CA that is not trusted (an interception proxy, a development CA, a private CA)', (0,remedies/* unknownIssuerFix */.ls)(host, missing), { kind: 'full-chain', host });
    }
    return fail('trust-untrusted-issuer', `Untrusted issuer: the chain ends at "${top.subject}", issued by "${missing}", which is not a trusted root`, details, 'The chain leads to a CA that is not in the trust store and not sent: a private or untrusted root CA, or a missing (cross-signed) intermediate', (0,remedies/* unknownIssuerFix */.ls)(host, missing));
}
function weakSignature(chain, weak, details, host) {
    const first = weak[0];
    const hash = /md5/i.test(first.signatureAlgorithm) ? 'MD5' : 'SHA-1';
    const which = first === chain[0] ? 'The certificate is' : `Intermediate "${first.subject}" is`;
    return fail('trust-weak-signature', `${which} signed with ${hash} (${first.signatureAlgorithm}): browsers reject it`, [...details, ...weak.map(c => `${c.subject}: signed with ${c.signatureAlgorithm}`)], 'A certificate in the chain is signed with a broken hash (SHA-1 or MD5): browsers and current TLS libraries refuse the chain', (0,remedies/* weakSignatureFix */.gP)(host, weak.includes(chain[0])));
}
/** The certificate's AIA "CA Issuers" URLs: where a client could fetch the issuer. */
function caIssuersUrls(cert) {
    return accessUrls(cert, 'CA Issuers');
}
/** The certificate's AIA URLs of one kind ("CA Issuers", "OCSP"). None when Node cannot format
 * the extension (Node 24 throws there). */
function accessUrls(cert, kind) {
    let access;
    try {
        access = new external_node_crypto_.X509Certificate(cert.pem).infoAccess ?? '';
    }
    catch {
        return [];
    }
    return [...access.matchAll(new RegExp(`^${kind} - URI:(.*)$`, 'gm'))].map(m => m[1]);
}
/** Under the sizes OpenSSL's security level 2 allows (the crypto check's thresholds). */
function weakKey(cert) {
    const { type, bits } = cert.publicKey;
    return bits !== undefined && ((type === 'rsa' && bits < 2048) || (type === 'ec' && bits < 256));
}
/** A trust failure; `problem` when the proxy in front must serve something else (its chain). */
function fail(code, title, details, cause, fix, problem) {
    return { check: 'trust', code, status: 'fail', title, details, cause, fix, problem };
}
function chainDetails(chain, verifyError) {
    const lines = chain.map((c, i) => `${i === 0 ? 'leaf' : c.selfIssued ? 'root' : 'intermediate'}: ${c.subject} (issued by ${c.issuer})`);
    if (verifyError)
        lines.push(`OpenSSL verification result: ${verifyError}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/index.ts
// The probes, in the order they run for each target. A new probe is one line here.
















const PROBES = [
    inputProbe,
    scheme/* schemeProbe */.Oc,
    tlsProbe,
    trustProbe,
    hostnameProbe,
    expiryProbe,
    revocationProbe,
    // Right after the certificate checks, over the default handshake's connection (upgrade.ts).
    upgradeProbe,
    // Starts its hold and hands it to the run (ctx.later): the other probes do not wait for it.
    idleProbe,
    cryptoProbe,
    addressesProbe,
    versionsProbe,
    ciphers/* ciphersProbe */.H6,
    chainProbe,
    compareProbe,
    originProbe
];

// EXTERNAL MODULE: ./src/scans/declared.ts
var declared = __nccwpck_require__(31382);
;// CONCATENATED MODULE: ./src/scans/index.ts
// The scans, in the order they run within their phase. A new scan is one line here (and its
// declaration in declared.ts). Each is a chunk loaded when a run needs it: most runs have none.

const SCANS = [
    // ws:// URLs written in the code (may add the wss:// ones as targets)
    onDemand(declared/* SOURCE_SCAN */.WK, async () => (await __nccwpck_require__.e(/* import() */ 955).then(__nccwpck_require__.bind(__nccwpck_require__, 27955))).sourceScan),
    // the https pages and their scripts: ws:// endpoints, CSP connect-src
    onDemand(declared/* PAGE_SCAN */.Gn, async () => (await __nccwpck_require__.e(/* import() */ 27).then(__nccwpck_require__.bind(__nccwpck_require__, 36027))).pageScan),
    // the nginx and Ingress configuration, at its lines (and served, on request)
    onDemand(declared/* PROXY_CONFIG_SCAN */.I, async () => (await __nccwpck_require__.e(/* import() */ 393).then(__nccwpck_require__.bind(__nccwpck_require__, 45393))).proxyConfigScan),
    // after the targets: what headless Chromium makes of the pages and endpoints
    onDemand(declared/* BROWSER_SCAN */.VI, async () => (await __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 73261))).browserScan)
];
function onDemand(declared, load) {
    return { ...declared, run: async (ctx) => (await load()).run(ctx) };
}

// EXTERNAL MODULE: ./src/bounded-map.ts
var bounded_map = __nccwpck_require__(28757);
;// CONCATENATED MODULE: ./src/revocation/cache.ts

function createRevocationCache() {
    // Bounded: a fleet of distinct leaves must not keep every parse and answer for the whole run;
    // what targets share (an intermediate, a wildcard, a CRL) is asked again soon enough to stay.
    return {
        crls: new bounded_map/* BoundedMap */.E(64),
        answers: new bounded_map/* BoundedMap */.E(1024),
        certificates: new bounded_map/* BoundedMap */.E(256),
        staples: new bounded_map/* BoundedMap */.E(256)
    };
}

;// CONCATENATED MODULE: ./src/trust-store.ts
// The roots a probe trusts (Node's built-in roots plus `ca-file`) and the client certificate it
// presents (`client-cert`/`client-key`), as TLS contexts built once per run (and per variant of
// the offer, which trusts no root): connections share them. The extra CAs are added to Node's
// own root store (parsed once per process, copied for this context only) rather than passed as
// `ca` with every root's PEM, which parses ~150 certificates again (20 ms against 1.5 ms).



function createTrustStore(extraCAs, client) {
    const all = [...(external_node_tls_default()).rootCertificates, ...extraCAs];
    let fingerprints;
    const contexts = new Map();
    return {
        secureContext: extraCAs.length > 0 || client ? withRoots(extraCAs, client) : undefined,
        context: variant => {
            const key = JSON.stringify(variant);
            let built = contexts.get(key);
            if (!built) {
                // `ca: []` replaces Node's roots with none.
                built = external_node_tls_default().createSecureContext({ ...(client ?? {}), ca: [], ...variant });
                contexts.set(key, built);
            }
            return built;
        },
        isTrustedRoot: fingerprint256 => {
            fingerprints ??= new Set(all.map(pemFingerprint256));
            return fingerprints.has(fingerprint256);
        }
    };
}
/** Node's roots (no `ca`: the process's parsed store) plus `extraCAs`, added one by one the way
 * `ca` adds them; OpenSSL copies the shared store for this context before the first one is added,
 * so nothing outside this context trusts them. */
function withRoots(extraCAs, client) {
    const built = external_node_tls_default().createSecureContext(client);
    for (const pem of extraCAs)
        built.context.addCACert(pem);
    return built;
}
/** SHA-256 of the DER, formatted like X509Certificate#fingerprint256 (without parsing it). */
function pemFingerprint256(pem) {
    const der = Buffer.from((0,src_der/* pemBase64 */.Sz)(pem), 'base64');
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
}

// EXTERNAL MODULE: ./src/clients/profiles.ts
var clients_profiles = __nccwpck_require__(70556);
// EXTERNAL MODULE: ./src/clients/suites.ts
var clients_suites = __nccwpck_require__(56371);
;// CONCATENATED MODULE: ./src/clients/key-schemes.ts

/** The ECDSA scheme of each curve in TLS 1.3 (RFC 8446 §4.2.3), and its group's IANA name,
 * which a TLS 1.2 client must offer for an ECDSA certificate to be chosen (RFC 8422 §5.1). */
const EC_CURVES = {
    prime256v1: { scheme: 'ecdsa_secp256r1_sha256', group: 'secp256r1', name: 'P-256' },
    secp384r1: { scheme: 'ecdsa_secp384r1_sha384', group: 'secp384r1', name: 'P-384' },
    secp521r1: { scheme: 'ecdsa_secp521r1_sha512', group: 'secp521r1', name: 'P-521' }
};
/** The schemes a key of this type can sign with over this TLS version; undefined where the key
 * is not one the rule knows (it is not judged). */
function signingSchemes(key, protocol) {
    const tls13 = protocol === 'TLSv1.3';
    switch (key.type) {
        case 'rsa':
            // rsaEncryption keys: PSS with the "rsae" code points; PKCS #1 v1.5 before TLS 1.3.
            return {
                schemes: s => s.startsWith('rsa_pss_rsae_') || (!tls13 && s.startsWith('rsa_pkcs1_')),
                name: 'RSA'
            };
        case 'rsa-pss':
            // id-RSASSA-PSS keys sign only with the "pss" code points (RFC 8446 §4.2.3).
            return { schemes: s => s.startsWith('rsa_pss_pss_'), name: 'RSA-PSS (id-RSASSA-PSS)' };
        case 'ec': {
            const curve = key.curve ? EC_CURVES[key.curve] : undefined;
            if (!curve)
                return undefined;
            return tls13
                ? { schemes: s => s === curve.scheme, name: `ECDSA ${curve.name}` }
                : { schemes: s => s.startsWith('ecdsa_'), group: curve.group, name: `ECDSA ${curve.name}` };
        }
        case 'ed25519':
        case 'ed448':
            return { schemes: s => s === key.type, name: key.type === 'ed25519' ? 'Ed25519' : 'Ed448' };
        default:
            return undefined;
    }
}
/** Why the client cannot take a handshake signed with this key over what it negotiates, or
 * undefined when it can (or nothing is signed: TLS 1.2 static RSA key exchange). */
function unusableKey(profile, key, protocol, cipher) {
    if (protocol !== 'TLSv1.3' && (0,clients_suites/* keyExchange */.tm)(cipher) === 'RSA')
        return undefined;
    const signing = signingSchemes(key, protocol);
    if (!signing)
        return undefined;
    const { sigalgs, groups } = profile.offer;
    if (!sigalgs.some(signing.schemes))
        return `the server's ${signing.name} key signs with no signature scheme it offers over ${protocol}`;
    if (signing.group !== undefined && !groups.includes(signing.group))
        return `the server's ${signing.name} key is on a curve it does not offer (${signing.group})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/clients/offer.ts
// What the server picks for a client's offer. The default handshake answers for every client
// whose offer holds what it negotiated; for the others, the ClientHello of exactly what the
// client offers (as far as Node's OpenSSL can send it), one per distinct offer, bounded by the
// timeout, and the server's clear-text answer (probes/hello.ts): its ServerHello names the
// version, suite and TLS 1.3 group, its TLS 1.2 ServerKeyExchange the curve or the DH prime. No
// key exchange, so a replay costs about what a ClientHello does and completes no handshake.
// The versions probe's TLS 1.2 hello is not reused for a TLS 1.2 client: it offers Node's default
// suites and groups, not the client's, and a server may pick otherwise for each.
// Security level 0 on our side: the client's own limits are applied to what the server picked
// (verdict.ts), so that a 1024-bit group is seen, not refused by this runtime.







/** The outcome of the default handshake, when it is also what this client would get. */
function defaultAnswers(profile, first) {
    const { offer, limits } = profile;
    if (!offer.versions.includes(first.protocol) || !offer.suites.includes(first.cipher))
        return undefined;
    const kind = (0,clients_suites/* keyExchange */.tm)(first.cipher);
    const group = first.group ? (clients_suites/* NODE_GROUP_IANA */.pU[first.group] ?? first.group) : undefined;
    const outcome = {
        ok: true,
        protocol: first.protocol,
        cipher: first.cipher,
        group,
        fromDefault: true
    };
    if (kind === 'RSA')
        return outcome;
    if (kind === 'DHE') {
        const bits = first.groupBits ?? 0;
        return limits.minDhBits !== undefined && bits >= limits.minDhBits
            ? { ...outcome, dhBits: bits }
            : undefined;
    }
    if (group === undefined)
        return undefined;
    // A server that does the X25519 hybrid does X25519 (OpenSSL 3.5, BoringSSL, NSS, Go 1.24).
    if (offer.groups.includes(group))
        return outcome;
    if (group === 'X25519MLKEM768' && offer.groups.includes('x25519'))
        return { ...outcome, group: 'x25519' };
    return undefined;
}
const groupSupport = new Map();
/** Whether this runtime's OpenSSL can offer the group (OpenSSL 3.0 has no ML-KEM hybrid). */
function supportedGroup(name) {
    let ok = groupSupport.get(name);
    if (ok === undefined) {
        try {
            external_node_tls_default().createSecureContext({ ecdhCurve: name });
            ok = true;
        }
        catch {
            ok = false;
        }
        groupSupport.set(name, ok);
    }
    return ok;
}
/** The client's offer as a context variant: the suites and groups Node's OpenSSL knows. */
function offerVariant(profile) {
    const { versions, suites, groups } = profile.offer;
    const ciphers = suites.map(s => clients_suites/* SUITE_OPENSSL */._j[s]).filter((s) => s !== undefined);
    const curves = groups.map(g => clients_suites/* GROUP_OPENSSL */.d2[g]).filter(g => g !== undefined && supportedGroup(g));
    return {
        ciphers: [...ciphers, '@SECLEVEL=0'].join(':'),
        ecdhCurve: curves.join(':'),
        minVersion: versions[0],
        maxVersion: versions[versions.length - 1]
    };
}
/** Each client's outcome: from the default handshake where it answers, else from one replay
 * per distinct offer, all at once. */
async function offerOutcomes(endpoint, profiles, first, trust, timeoutMs) {
    const outcomes = new Map();
    const replays = new Map();
    for (const profile of profiles) {
        const answered = first && defaultAnswers(profile, first);
        if (answered) {
            outcomes.set(profile.id, answered);
            continue;
        }
        const variant = offerVariant(profile);
        const key = JSON.stringify(variant);
        const replay = replays.get(key) ?? { variant, ids: [] };
        replay.ids.push(profile.id);
        replays.set(key, replay);
    }
    await Promise.all([...replays.values()].map(async ({ variant, ids }) => {
        const outcome = await replayOffer(endpoint, variant, trust, timeoutMs);
        for (const id of ids)
            outcomes.set(id, outcome);
    }));
    return outcomes;
}
/** What the server picks for this offer, read from its answer to the offer's ClientHello; a
 * whole handshake only where that answer cannot tell (see helloOutcome). */
async function replayOffer(endpoint, variant, trust, timeoutMs) {
    const secureContext = trust.context(variant);
    const answer = await hello(endpoint, {
        timeoutMs,
        offer: secureContext,
        versions: versionRange(variant),
        readFlight: true
    });
    return (helloOutcome(answer, variant) ?? (await handshakeOutcome(endpoint, secureContext, timeoutMs)));
}
const GROUP_NAME = new Map(Object.entries(clients_suites/* GROUP_CODE */.gV).map(([name, code]) => [code, name]));
const SUITE_NAME = new Map(Object.entries(clients_suites/* SUITE_CODE */.tc).map(([name, code]) => [code, name]));
/** The outcome the server's clear-text answer shows; undefined where only a whole handshake
 * can tell. */
function helloOutcome(answer, variant) {
    if (!answer.ok) {
        // No ClientHello for this offer from this runtime: the handshake says why, as before.
        if (answer.failure.code === NO_CLIENT_HELLO)
            return undefined;
        return { ok: false, code: answer.failure.code, message: answer.failure.message };
    }
    const malformed = (what) => ({
        ok: false,
        code: isolation/* MALFORMED_PEER_DATA */.o9,
        message: `the server's ${what} is malformed or missing`
    });
    const { protocol, serverHello } = answer;
    if (!serverHello)
        return malformed('ServerHello');
    // A TLS 1.2 server that asks for a client certificate: whether it goes on without one (or
    // with the run's) shows only after the key exchange.
    if (answer.certificateRequested && protocol !== 'TLSv1.3')
        return undefined;
    // A suite or group that was not offered (or that these tables do not know): OpenSSL's own
    // verdict on it, from the handshake.
    const cipher = SUITE_NAME.get(serverHello.suite);
    if (!cipher || !offered(variant.ciphers, clients_suites/* SUITE_OPENSSL */._j[cipher]))
        return undefined;
    const outcome = { ok: true, protocol, cipher, fromDefault: false };
    const groupName = (code) => {
        const name = code === undefined ? undefined : GROUP_NAME.get(code);
        return name && offered(variant.ecdhCurve, clients_suites/* GROUP_OPENSSL */.d2[name]) ? name : undefined;
    };
    if (protocol === 'TLSv1.3') {
        // The key_share's group, or the one a HelloRetryRequest asks for (the server keeps it).
        const group = groupName(serverHello.group);
        return group ? { ...outcome, group } : undefined;
    }
    const kind = (0,clients_suites/* keyExchange */.tm)(cipher);
    if (kind !== 'ECDHE' && kind !== 'DHE')
        return outcome;
    const params = answer.serverKeyExchange && keyExchangeParams(answer.serverKeyExchange, kind);
    if (!params)
        return malformed('ServerKeyExchange');
    if ('dhBits' in params)
        return { ...outcome, dhBits: params.dhBits };
    const group = groupName(params.curve);
    return group ? { ...outcome, group } : undefined;
}
/** Whether an OpenSSL list (`a:b:c`) holds the name. */
const offered = (list, name) => name !== undefined && (list ?? '').split(':').includes(name);
/** The versions from the variant's minimum to its maximum. */
function versionRange(variant) {
    const from = src_facts/* TLS_VERSIONS */.Mk.indexOf(variant.minVersion);
    const to = src_facts/* TLS_VERSIONS */.Mk.indexOf(variant.maxVersion);
    return src_facts/* TLS_VERSIONS */.Mk.slice(Math.max(0, from), to < 0 ? undefined : to + 1);
}
/** The same question as a whole handshake: Node's OpenSSL judges what the server picked. */
async function handshakeOutcome(endpoint, secureContext, timeoutMs) {
    const result = await (0,handshake/* handshake */.g)(endpoint, { timeoutMs, secureContext, readChain: false });
    if (!result.ok)
        return { ok: false, code: result.failure.code, message: result.failure.message };
    const { protocol, cipher, group, groupBits } = result.facts;
    return {
        ok: true,
        protocol,
        cipher,
        group: group ? (clients_suites/* NODE_GROUP_IANA */.pU[group] ?? group) : undefined,
        dhBits: (0,clients_suites/* keyExchange */.tm)(cipher) === 'DHE' ? groupBits : undefined,
        fromDefault: false
    };
}

// EXTERNAL MODULE: ./src/clients/profile.ts
var profile = __nccwpck_require__(77365);
;// CONCATENATED MODULE: ./src/clients/verdict.ts
// Which clients connect to an endpoint, each with why: the facts the probes gathered (chain,
// names, keys, signatures, revocation, the certificate message's size) judged by each client's
// profile, what the server picks for each client's offer (offer.ts), and whether the server's
// key can sign with a scheme the client offers (key-schemes.ts). A problem that stops
// a client names the checks whose findings report it, so that the `clients` input can tell a
// failure that spares every selected client from one that does not (policy.ts).









/** A default handshake that failed over what was offered: each client's offer is tried. */
const OFFER_REFUSAL = /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|DH_KEY_TOO_SMALL|NO_SUITABLE|NO_SHARED_GROUP|PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH/;
const TOO_LARGE = /EXCESSIVE_MESSAGE_SIZE/;
/** Node's verification codes for a key or digest under its security level: the key and
 * signature rules below judge those per client. */
const WEAK_KEY_OR_DIGEST = /KEY_TOO_SMALL|MD_TOO_SMALL/;
const verdict_DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
/** The lifetime limit of Safari applies to certificates issued from this date (HT210176). */
const LIFETIME_RULE_FROM = Date.UTC(2019, 6, 1);
/** OpenSSL's SSL_MAX_CERT_LIST_DEFAULT: what this runtime read before it gave up. */
const NODE_CERT_LIST = 102_400;
/** Every client's verdict for one endpoint; undefined for a target that was not a TLS
 * endpoint (ws://, an input problem). */
async function clientVerdicts(input, ids = profile/* CLIENT_IDS */.Z) {
    const { facts, endpoint } = input;
    const first = facts.handshake;
    const failure = facts.handshakeFailure;
    if (endpoint.scheme !== 'wss' || (!first && !failure))
        return undefined;
    const profiles = ids.map(id => clients_profiles/* PROFILES */.j[id]);
    const blockers = new Map(ids.map(id => [id, []]));
    const notes = new Map(ids.map(id => [id, []]));
    const block = (p, checks, why) => void blockers.get(p.id).push({ checks, why });
    const everyone = (checks, why) => profiles.forEach(p => block(p, checks, why));
    const how = new Map();
    if (!first && TOO_LARGE.test(failure.code)) {
        await judgeSize(input, profiles, block, notes);
    }
    else if (!first && !OFFER_REFUSAL.test(failure.code)) {
        everyone(['tls'], `the TLS connection fails (${failure.code})`);
    }
    else {
        if (first)
            judgeCertificates(input, profiles, block, everyone);
        const outcomes = await offerOutcomes(endpoint, profiles, first, input.trust, input.timeoutMs);
        const leafKey = first?.chain[0]?.publicKey;
        for (const p of profiles) {
            const o = outcomes.get(p.id);
            if (!o.ok) {
                block(p, ['tls', 'ciphers'], `no TLS version, cipher suite and group in common with what it offers (${o.code})`);
                continue;
            }
            const min = p.limits.minDhBits;
            if (o.dhBits !== undefined && (min === undefined || o.dhBits < min)) {
                block(p, ['tls', 'ciphers'], `the server picks DHE with a ${o.dhBits}-bit group, and it refuses groups under ${min ?? '?'} bits`);
                continue;
            }
            const keyProblem = leafKey && unusableKey(p, leafKey, o.protocol, o.cipher);
            if (keyProblem) {
                block(p, ['crypto'], keyProblem);
                continue;
            }
            how.set(p.id, `${o.protocol} ${o.cipher}${o.group ? ` over ${o.group}` : ''}`);
            if (!first)
                notes.get(p.id).push('the certificate was not read: the default handshake failed');
        }
    }
    const upgrade = input.findings.find(f => f.check === 'upgrade' && f.status === 'fail');
    if (upgrade)
        everyone(['upgrade'], `the WebSocket upgrade fails: ${upgrade.title}`);
    const verdicts = {};
    for (const p of profiles) {
        const found = blockers.get(p.id);
        const why = unique(found.map(b => b.why));
        verdicts[p.id] =
            found.length === 0
                ? {
                    connects: true,
                    why: [how.get(p.id) ?? 'nothing stops it', ...notes.get(p.id)].join('; ')
                }
                : {
                    connects: false,
                    why: [...why, ...notes.get(p.id)].join('; '),
                    checks: unique(found.flatMap(b => b.checks))
                };
    }
    return verdicts;
}
/** The chain, names, keys, signatures, lifetime, size and revocation, per client. */
function judgeCertificates(input, profiles, block, everyone) {
    const { facts, now, trust, endpoint } = input;
    const first = facts.handshake;
    const chain = first.chain;
    if (chain.length === 0)
        return everyone(['trust'], 'the server sent no certificate');
    const leaf = chain[0];
    for (const cert of chain) {
        const from = (0,src_facts/* certificateTime */.DT)(cert.validFrom);
        const to = (0,src_facts/* certificateTime */.DT)(cert.validTo);
        if (!from || !to || to < now || from > now)
            everyone(['expiry'], `"${cert.subject}" is not valid now (${cert.validFrom} to ${cert.validTo})`);
    }
    const from = (0,src_facts/* certificateTime */.DT)(leaf.validFrom);
    const to = (0,src_facts/* certificateTime */.DT)(leaf.validTo);
    if (from && to && from.getTime() >= LIFETIME_RULE_FROM) {
        const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
        for (const p of profiles) {
            const max = p.limits.maxLifetimeDays;
            if (max !== undefined && days > max)
                block(p, ['trust'], `the certificate is valid for ${days} days, and it trusts at most ${max}`);
        }
    }
    const match = hostMatch(endpoint.host, leaf);
    if (match === 'mismatch')
        everyone(['hostname'], `the certificate does not name ${endpoint.host}`);
    if (match === 'cn-only')
        for (const p of profiles.filter(p => !p.trust.cnOnly))
            block(p, ['hostname'], `${endpoint.host} is only in the CN, and it reads only the SANs`);
    const rsaBits = chain
        .filter(c => c.publicKey.type === 'rsa' && c.publicKey.bits !== undefined)
        .map(c => c.publicKey.bits);
    const smallestRsa = rsaBits.length > 0 ? Math.min(...rsaBits) : undefined;
    if (smallestRsa !== undefined)
        for (const p of profiles)
            if (smallestRsa < p.limits.minRsaBits)
                block(p, ['crypto'], `a ${smallestRsa}-bit RSA key, and it needs ${p.limits.minRsaBits}`);
    const weakEc = chain.find(c => c.publicKey.type === 'ec' && (c.publicKey.bits ?? 256) < 256);
    if (weakEc)
        everyone(['crypto'], `a ${weakEc.publicKey.bits}-bit EC key (no client offers its curve)`);
    const signed = chain.filter(c => !c.selfIssued);
    if (signed.some(c => /md5/i.test(c.signatureAlgorithm)))
        everyone(['trust'], 'an MD5 signature in the chain');
    if (signed.some(c => /sha1/i.test(c.signatureAlgorithm)))
        for (const p of profiles.filter(p => !p.trust.sha1))
            block(p, ['trust'], 'a SHA-1 signature in the chain, which it refuses');
    if (!first.authorized && first.verifyError !== undefined) {
        const top = chain[chain.length - 1];
        const anchored = top.selfIssued && trust.isTrustedRoot(top.fingerprint256);
        const code = first.verifyError;
        if (verdict_DATE_ERRORS.has(code)) {
            // The dates rule above says it.
        }
        else if (anchored && (WEAK_KEY_OR_DIGEST.test(code) || chain.some(weakForNode))) {
            // The key and signature rules above judge it per client (this runtime's OpenSSL reports
            // a 512-bit key as UNSPECIFIED).
        }
        else if (!top.selfIssued && caIssuersUrls(top).length > 0) {
            for (const p of profiles.filter(p => !p.trust.aiaFetch))
                block(p, ['trust'], `the issuer of "${top.subject}" is not sent, and it does not fetch it (AIA)`);
        }
        else {
            everyone(['trust'], `the chain does not verify (${code})`);
        }
    }
    const sent = facts.sentChain?.map(b64 => Buffer.from(b64, 'base64'));
    const certs = sent ?? chain.filter((c, i) => i === 0 || !c.selfIssued).map(derOf);
    const size = certificateMessageSize(certs, first.protocol);
    for (const p of profiles) {
        const { maxChainLength: maxCerts, maxCertificateMessage: maxBytes } = p.limits;
        if (maxCerts !== undefined && certs.length > maxCerts)
            block(p, ['trust'], `${certs.length} certificates in the chain, and it takes at most ${maxCerts}`);
        if (maxBytes !== undefined && size > maxBytes)
            block(p, ['tls'], `a certificate message of ${size} bytes, and it reads at most ${maxBytes}`);
    }
    judgeCertificateSizes(certs, profiles, block);
    const revocation = facts.revocation;
    if (revocation?.status === 'revoked') {
        const stapled = revocation.source.startsWith('stapled');
        const responder = revocation.source.startsWith('OCSP') || accessUrls(leaf, 'OCSP').length > 0;
        for (const p of profiles) {
            const how = p.trust.revocation;
            if (stapled && (how.includes('stapled') || how.includes('ocsp')))
                block(p, ['revocation'], 'the certificate is revoked, and it honours the stapled OCSP answer');
            else if (responder && how.includes('ocsp'))
                block(p, ['revocation'], 'the certificate is revoked, and it asks the OCSP responder');
        }
    }
}
/** A certificate message too large for this runtime: its size read in clear over TLS 1.2
 * (hello.ts reads up to 1 MiB), else only that it is over OpenSSL's 100 KiB. */
async function judgeSize(input, profiles, block, notes) {
    const flight = await hello(input.endpoint, {
        timeoutMs: input.timeoutMs,
        offer: input.trust.context({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
        versions: ['TLSv1.2'],
        readFlight: true
    });
    const certs = flight.ok ? (flight.certificates ?? []) : [];
    const exact = certs.length > 0 ? certificateMessageSize(certs, 'TLSv1.2') : undefined;
    const names = certs.length > 0 ? ` with ${namesOf(certs[0])} names` : '';
    judgeCertificateSizes(certs, profiles, block);
    for (const p of profiles) {
        const max = p.limits.maxCertificateMessage;
        if (exact !== undefined && max !== undefined && exact > max)
            block(p, ['tls'], `a certificate message of ${exact} bytes${names}, and it reads at most ${max}`);
        else if (exact === undefined && max !== undefined && max <= NODE_CERT_LIST)
            block(p, ['tls'], `a certificate message over ${NODE_CERT_LIST} bytes, and it reads at most ${max}`);
        else
            notes
                .get(p.id)
                .push(`the certificate message is ${exact !== undefined ? `${exact} bytes${names}` : `over ${NODE_CERT_LIST} bytes`}; ${max === undefined ? 'its limit is not known' : `it reads up to ${max}`}, the rest was not checked`);
    }
}
/** Each certificate against the largest one a client reads. */
function judgeCertificateSizes(certs, profiles, block) {
    const largest = Math.max(0, ...certs.map(der => der.length));
    for (const p of profiles) {
        const max = p.limits.maxCertificateBytes;
        if (max !== undefined && largest > max)
            block(p, ['tls'], `a certificate of ${largest} bytes, and it reads none over ${max}`);
    }
}
/** A key or signature this runtime's OpenSSL may refuse at its security level. */
function weakForNode(cert) {
    const { type, bits } = cert.publicKey;
    if (type === 'rsa' && bits !== undefined && bits < 2048)
        return true;
    return !cert.selfIssued && /md5|sha1/i.test(cert.signatureAlgorithm);
}
function namesOf(der) {
    try {
        return (0,src_facts/* certificateInfo */.qg)(der).subjectAltNames.length;
    }
    catch {
        return 0;
    }
}
function derOf(cert) {
    return Buffer.from(new external_node_crypto_.X509Certificate(cert.pem).raw);
}
/** The Certificate handshake message's body: a 3-byte length per certificate and for the list;
 * TLS 1.3 adds a request context byte and 2 bytes of extensions per certificate. */
function certificateMessageSize(certs, protocol) {
    const perCert = protocol === 'TLSv1.3' ? 5 : 3;
    return certs.reduce((sum, der) => sum + der.length + perCert, protocol === 'TLSv1.3' ? 4 : 3);
}
function unique(items) {
    return [...new Set(items)];
}

// EXTERNAL MODULE: ./src/clients/policy.ts
var policy = __nccwpck_require__(12244);
;// CONCATENATED MODULE: ./src/clients/index.ts
// Client profiles and the verdict per client: what the rest of wss-doctor (and the client-run
// tests, which compare the verdicts with the real clients) take from here.





// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/spill.ts
// A finished target's findings, facts and client verdicts go to a file, one JSON line each, and are read back
// when a reporter asks for them: a fleet's results take disk, not memory (10,000 targets held
// ~100 MB). The result keeps its target and status in memory; `findings`, `facts` and `clients`
// are getters that read its line (the last one read is kept: reporters ask for both in turn).
// The file is removed from its folder as soon as it is open, so that it never outlives the
// process, even one that is killed; where an open file cannot be removed, it is at exit.



let file;
/** `result` with its findings, facts and client verdicts in the spill file, read back on each
 * access. */
function spilled(result) {
    const { target, status, findings, facts, clients, ...rest } = result;
    const spill = (file ??= openSpillFile());
    const line = Buffer.from(JSON.stringify({ findings, facts, clients }), 'utf8');
    const at = spill.size;
    const { length } = line;
    (0,external_node_fs_.writeSync)(spill.fd, line, 0, length, at);
    spill.size += length;
    const read = () => readLine(spill, at, length);
    return Object.defineProperties({ target, status, ...rest }, {
        findings: { get: () => read().findings, enumerable: true },
        facts: { get: () => read().facts, enumerable: true },
        // Only a result that has verdicts has the property, as before it was spilled.
        ...(clients ? { clients: { get: () => read().clients, enumerable: true } } : {})
    });
}
function readLine(spill, at, length) {
    if (spill.last?.at === at)
        return spill.last.value;
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length;) {
        const n = (0,external_node_fs_.readSync)(spill.fd, bytes, done, length - done, at + done);
        if (n === 0)
            throw new Error('wss-doctor: the results file ended early');
        done += n;
    }
    const value = JSON.parse(bytes.toString('utf8'));
    spill.last = { at, value };
    return value;
}
function openSpillFile() {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'wss-doctor-results-'));
    const name = external_node_path_default().join(dir, 'results.jsonl');
    const fd = (0,external_node_fs_.openSync)(name, 'wx+', 0o600);
    try {
        (0,external_node_fs_.unlinkSync)(name);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        process.once('exit', () => {
            (0,external_node_fs_.closeSync)(fd);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        });
    }
    return { fd, size: 0 };
}

;// CONCATENATED MODULE: ./src/heap.ts
// V8's heap for a long run that keeps little: every finished target's results go to disk
// (spill.ts), so what is live stays at a few tens of MB while a fleet allocates hundreds of MB a
// second in short-lived connections. By default V8 answers that rate by growing the young
// generation (to 2 × 16 MB on Node 20, 2 × 64 MB on Node 24) and letting the old generation
// reach several times what is live before collecting it: most of a big fleet's peak RSS, and
// it grew with the fleet. Both are heuristics V8 reads at each collection, so they can be set
// once the process runs: the young generation stops doubling (Node 20 keeps it where the start
// left it, Node 24 grows it a little), and the old one is collected at 1.2 × what was live.
// Measured, 2,000 targets through the CLI: peak RSS 138 → 86 MB on Node 20 (CPU the same within
// the runs' noise) and 267 → 108 MB on Node 24, for 4 % more CPU (medians of 3: 8.19 → 8.55 s). A run of a few targets keeps V8's
// defaults: it ends before either matters.
/** Targets from which a run trades the few percent of CPU for a flat heap. */
const FLEET_TARGETS = 100;
let sized = false;
async function sizeHeapForFleet(targets) {
    if (sized || targets < FLEET_TARGETS)
        return;
    sized = true;
    // Loaded here: node:v8 costs every start a millisecond, and few runs are fleets.
    const { setFlagsFromString } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 78877, 23));
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--heap-growing-percent=20');
}

;// CONCATENATED MODULE: ./src/doctor.ts
// The run itself, the same for the action and the CLI: every target through every probe that
// applies, a bounded number of targets at a time. A probe that throws becomes a finding, so
// does one whose connection throws from a callback (src/isolation.ts); the run as a whole ends
// at its deadline with every target reported. Work that waits (the idle hold) is handed over
// by its probe (ctx.later) and awaited once every target is probed: a fleet waits once.














async function diagnose(config, now = new Date(), probes = PROBES, scans = SCANS) {
    const run = {
        config,
        trust: createTrustStore(config.extraCAs, config.clientCertificate),
        now,
        revocation: createRevocationCache()
    };
    const deadline = new AbortController();
    // Every open connection of the run listens to it: far more than the default warning limit.
    (0,external_node_events_.setMaxListeners)(0, deadline.signal);
    // The deadline counts from the first input read (config.startedAt), when there was one.
    const leftMs = config.deadlineMs - (config.startedAt ? Date.now() - config.startedAt : 0);
    if (leftMs <= 0)
        deadline.abort();
    const timer = setTimeout(() => deadline.abort(), Math.max(0, leftMs));
    const later = laterWork(MAX_OPEN_HOLDS, deadline.signal, config.deadlineMs);
    const { results, scanned, notes } = await (0,isolation/* withBackstop */.wM)(async () => {
        // config-serve probes what it served with the run's probes, and no scans.
        const scanRun = { ...run, diagnose: (inner) => diagnose(inner, new Date(), PROBES, []) };
        const before = await runScans(scans, 'before', { ...scanRun, results: [] }, deadline.signal);
        const targets = [...config.targets, ...discoveredTargets(config, before.discovered ?? [])];
        await sizeHeapForFleet(targets.length);
        const probed = await (0,concurrency/* mapConcurrent */._)(targets, config.concurrency, target => deadline.signal.aborted
            ? Promise.resolve({ result: notChecked(target, config.deadlineMs), later: [] })
            : probeTarget(target, run, probes, deadline.signal, later.start));
        // Every target's held sockets end together, while the scans that follow the probes run.
        const [results, after] = await Promise.all([
            Promise.all(probed.map(withLaterFindings)),
            runScans(scans, 'after', { ...scanRun, results: probed.map(p => p.result) }, deadline.signal)
        ]);
        return {
            results,
            scanned: [...before.results, ...after.results],
            notes: [...before.notes, ...after.notes]
        };
    }).finally(() => {
        clearTimeout(timer);
        later.stop();
    });
    // Endpoints first, then what the scans checked: every reporter renders both alike.
    const all = [...results, ...scanned];
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of all)
        counts[r.status]++;
    const skipped = skippedChecks(config, results);
    return {
        generatedAt: now,
        result: (0,src_findings/* worstStatus */.A4)(all.map(r => r.status)),
        counts,
        results: all,
        earliestExpiry: earliestExpiry(results),
        ...(skipped.length > 0 ? { skipped } : {}),
        ...(notes.length > 0 ? { notes } : {})
    };
}
/** Checks the run's inputs turned off although they had something to check: reporters say so
 * once for the run, so that a pass is not read as a verdict. */
function skippedChecks(config, results) {
    const upgraded = results.some(r => r.facts.upgrade?.status === 101);
    return config.idleTimeoutMs === 0 && upgraded
        ? [
            {
                check: 'idle',
                reason: 'idle-timeout is 0: no WebSocket was held silent to see whether a proxy cuts it'
            }
        ]
        : [];
}
function earliestExpiry(results) {
    let earliest;
    for (const { target, facts } of results) {
        const validTo = facts.handshake?.chain[0]?.validTo;
        // A notAfter that is not a valid time has no place in the order (the expiry check fails it).
        if (validTo && (0,src_facts/* certificateTime */.DT)(validTo) && (!earliest || validTo < earliest.validTo))
            earliest = { validTo, target: target.label };
    }
    return earliest;
}
/** Whether `fail-on` turns this report into a failed step (exit 1 for the CLI). */
function failsPolicy(report, failOn) {
    if (failOn === 'never')
        return false;
    return (0,src_findings/* atLeast */.jZ)(report.result, failOn === 'warning' ? 'warn' : 'fail');
}
async function probeTarget(target, run, probes, deadline, startLater) {
    const findings = [];
    const later = [];
    const ctx = { ...run, target, facts: {}, earlier: findings };
    let cutOff = false;
    let clients;
    try {
        for (const probe of probes) {
            if (!probe.applies(ctx))
                continue;
            // Past the deadline the check that was running (or due next) says so; the rest do not run.
            if (deadline.aborted) {
                if (!cutOff)
                    findings.push(timedOut(probe.check, run.config.deadlineMs, 'had not started'));
                break;
            }
            // Work is handed over while the probe runs; a probe already cut off hands over nothing.
            let running = true;
            ctx.later = work => {
                if (running)
                    later.push(startLater(probe.check, work));
            };
            const outcome = await runProbe(probe, ctx, deadline);
            running = false;
            cutOff = outcome.cutOff;
            findings.push(...outcome.findings);
        }
        clients = await judgeClients(ctx, findings, deadline);
    }
    finally {
        delete ctx.later;
        // The default handshake's connection, when no upgrade took it.
        ctx.facts.connection?.destroy();
        delete ctx.facts.connection;
    }
    // The TLS session and the certificates as sent serve this target's later probes only: no
    // reporter shows them, and kept for every target of a fleet they grow with it.
    const { tlsSession: _session, sentChain: _sent, ...facts } = ctx.facts;
    // What a proxy must change is worded for the proxy that answered (told by the upgrade).
    const judged = (0,policy/* spareSelected */.XV)(findings, clients, run.config.clients, ctx.facts, run.config.weakCrypto === 'fail');
    return {
        result: targetResult(target, await (0,proxies/* withProxyFixes */.gC)(judged, facts.proxy), facts, clients),
        later
    };
}
/** Each client's verdict, once the probes have gathered their facts: isolated and under the
 * deadline like a probe (a throw is a finding of the tls check). */
async function judgeClients(ctx, findings, deadline) {
    const endpoint = ctx.target.endpoint;
    if (!endpoint || deadline.aborted)
        return undefined;
    const input = {
        endpoint,
        facts: ctx.facts,
        findings,
        trust: ctx.trust,
        timeoutMs: ctx.config.timeoutMs,
        now: ctx.now
    };
    const outcome = await isolated('tls', ctx.config.deadlineMs, deadline, () => clientVerdicts(input));
    if (outcome.ok)
        return outcome.value;
    findings.push(outcome.finding);
    return undefined;
}
/** The target's result once the work its probes handed over has ended. */
async function withLaterFindings({ result, later }) {
    if (later.length === 0)
        return result;
    const more = await (0,proxies/* withProxyFixes */.gC)((await Promise.all(later)).flat(), result.facts.proxy);
    return targetResult(result.target, [...result.findings, ...more], result.facts, result.clients);
}
function targetResult(target, findings, facts, clients) {
    // Report order (CHECKS), not run order: the chain check runs late but reads best after trust.
    findings.sort((a, b) => src_findings/* CHECKS */.ui.indexOf(a.check) - src_findings/* CHECKS */.ui.indexOf(b.check));
    // Kept on disk until a reporter reads it: a fleet's results do not grow the run's memory.
    const status = (0,src_findings/* worstStatus */.A4)(findings.map(f => f.status));
    return spilled({ target, status, findings, facts, ...(clients ? { clients } : {}) });
}
/** Idle holds open at once, over the whole run: each keeps one socket (a file descriptor) open
 * for idle-timeout. More wait their turn, so that a fleet needs at most this many descriptors
 * for holds besides what the targets in flight use (concurrency, at most 256). */
const MAX_OPEN_HOLDS = 256;
/** A hold ends itself at the deadline, with a finding that says how long it held; the run
 * stops waiting for it this long after, should it not. */
const LATER_GRACE_MS = 1_000;
/** Runs handed-over work at most `limit` at a time, each isolated like a probe of `check` (a
 * throw, or a throw from a callback, is a finding); past the deadline, work not started yet
 * becomes a finding that says so. */
function laterWork(limit, deadline, deadlineMs) {
    let open = 0;
    const queue = [];
    const next = () => {
        while (open < limit && queue.length > 0)
            queue.shift()();
    };
    const grace = new AbortController();
    // Each open hold waits on it.
    (0,external_node_events_.setMaxListeners)(0, grace.signal);
    let graceTimer;
    const stopGrace = (0,isolation/* onAbort */.u7)(deadline, () => {
        graceTimer = setTimeout(() => grace.abort(), LATER_GRACE_MS);
    });
    const start = (check, work) => new Promise(resolve => {
        const run = () => {
            if (deadline.aborted)
                return resolve([timedOut(check, deadlineMs, 'had not started')]);
            open++;
            void isolated(check, deadlineMs, deadline, work, grace.signal).then(outcome => {
                open--;
                next();
                resolve(outcome.ok ? outcome.value : [outcome.finding]);
            });
        };
        queue.push(run);
        next();
    });
    return {
        start,
        stop: () => {
            stopGrace();
            clearTimeout(graceTimer);
        }
    };
}
/** The probe's findings; or one failing finding when it throws, when a callback of its
 * connections throws (the backstop), or when the deadline passes first (`cutOff`). */
async function runProbe(probe, ctx, deadline) {
    const outcome = await isolated(probe.check, ctx.config.deadlineMs, deadline, async () => probe.run(ctx));
    return outcome.ok
        ? { findings: outcome.value, cutOff: false }
        : { findings: [outcome.finding], cutOff: outcome.cutOff };
}
/** Runs `work` for `check` so that nothing it does can end the run: a throw, a throw from one
 * of its callbacks (the backstop) or the deadline becomes one failing finding. Its connections
 * end at `deadline`; the wait for it ends at `waitUntil` (the deadline, unless the work ends
 * itself there with a finding of its own). */
function isolated(check, deadlineMs, deadline, work, waitUntil = deadline) {
    return new Promise(resolve => {
        const stopWaiting = (0,isolation/* onAbort */.u7)(waitUntil, () => resolve({
            ok: false,
            finding: timedOut(check, deadlineMs, 'was still waiting'),
            cutOff: true
        }));
        const settle = (outcome) => {
            stopWaiting();
            resolve(outcome);
        };
        const failed = (err) => settle({ ok: false, finding: internalError(check, err), cutOff: false });
        const scope = { signal: deadline, fail: failed };
        (0,isolation/* inScope */.SB)(scope, work).then(value => settle({ ok: true, value }), failed);
    });
}
/** The scans of one phase, each isolated like a probe; a scan that fails is one result. */
async function runScans(scans, phase, ctx, deadline) {
    const output = { results: [], discovered: [], notes: [] };
    for (const scan of scans) {
        if (scan.phase !== phase || !scan.applies(ctx.config) || deadline.aborted)
            continue;
        const outcome = await isolated(scan.check, ctx.config.deadlineMs, deadline, () => scan.run(ctx));
        if (outcome.ok) {
            output.results.push(...outcome.value.results);
            output.discovered.push(...(outcome.value.discovered ?? []));
            output.notes.push(...(outcome.value.notes ?? []));
        }
        else {
            output.results.push({
                target: { label: `${scan.check} scan`, scan: scan.check },
                status: 'fail',
                findings: [outcome.finding],
                facts: {}
            });
        }
    }
    return output;
}
/** wss:// URLs a scan found, as targets (probe-discovered), without those already listed and
 * within max-targets. */
function discoveredTargets(config, discovered) {
    if (!config.probeDiscovered)
        return [];
    const known = new Set(config.targets.map(t => t.label));
    const targets = [];
    for (const entry of discovered) {
        if (config.targets.length + targets.length >= config.maxTargets)
            break;
        const { target } = (0,src_targets/* toTarget */.LJ)(entry, config.resolve);
        if (target.endpoint?.scheme !== 'wss' || known.has(target.label))
            continue;
        known.add(target.label);
        targets.push(target);
    }
    return targets;
}
function internalError(check, err) {
    return {
        check,
        code: 'input-internal-error',
        status: 'fail',
        title: `wss-doctor could not run the ${check} check: ${err instanceof Error ? err.message : String(err)}`,
        cause: 'An internal error in wss-doctor, not necessarily a problem with the endpoint',
        fix: { text: 'Please report this with the target URL (redacted) and the log.' }
    };
}
function timedOut(check, deadlineMs, state) {
    return {
        check,
        code: 'input-deadline',
        status: 'fail',
        title: `Not finished within the deadline (${duration(deadlineMs)}): the ${check} check ${state}`,
        cause: 'The whole run has a deadline; this target was still being checked when it passed',
        fix: {
            text: 'Raise the deadline input, lower timeout-ms, or check fewer targets per run; a server that accepts connections and never answers holds a check until timeout-ms.'
        }
    };
}
function notChecked(target, deadlineMs) {
    const finding = {
        check: 'input',
        code: 'input-deadline-not-checked',
        status: 'fail',
        title: `Not checked: the run reached its deadline (${duration(deadlineMs)}) before this target's turn`,
        cause: 'The whole run has a deadline and the targets before this one used it up',
        fix: { text: 'Raise the deadline input or the concurrency, or lower timeout-ms.' }
    };
    return { target, status: 'fail', findings: [finding], facts: {} };
}
/** "10m", "90s", "1500ms": the deadline as the input spells it. */
function duration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/github/context.ts
// The run as the runner describes it in GITHUB_* variables and the event payload: what
// @actions/github's `context` reads, without loading Octokit on every run.

function actionsRun(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runUrl: env.GITHUB_RUN_ID
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined
    };
}
/** The pull request's number from the event payload; undefined for any other event (or a
 * payload that cannot be read). */
function pullRequestNumber(env = process.env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = payload?.pull_request?.number;
    return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Everything a server sends (certificate names, headers, error text) is hostile: these keep it
// from breaking out of a table cell, a code block, a log line or an annotation.
// C0/C1 controls, DEL, line/paragraph separators, bidi controls (overrides, isolates and the
// marks U+200E, U+200F, U+061C, which can disguise text) and lone surrogates (which no UTF-8
// file can hold).
const UNSAFE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** U+2060 WORD JOINER: invisible, and it splits what parsers look for (`##[`, `::`, `www.`). */
const WORD_JOINER = '\u2060';
/** One printable line: control characters become spaces, runs of whitespace collapse. */
function oneLine(text) {
    return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}
/**
 * A line the GitHub runner cannot read as a workflow command: it parses `##[name]data` anywhere
 * in a line and `::name::data` at the start of a trimmed line (.NET trims U+0085 too).
 */
function inertCommands(line) {
    return line
        .replace(/##\[/g, `#${WORD_JOINER}#[`)
        .replace(/^([\s\u0085]*):(?=:)/, `$1:${WORD_JOINER}`);
}
/** A log line (indentation kept) that cannot be read as a workflow command or forge lines. */
function safeLogLine(text) {
    return inertCommands(text.replace(UNSAFE, ' '));
}
/**
 * Text for Markdown prose or a table cell, rendered by GitHub (cmark-gfm with autolinks) as
 * exactly the text: every ASCII punctuation character is backslash-escaped (no HTML, emphasis,
 * links, entities or cell breaks), and a word joiner breaks the autolinks GitHub would make of
 * bare URLs (`scheme://`), `www.` and e-mail addresses (`@`): an escaped `@` still links.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/(?=:\/\/)/g, WORD_JOINER)
        .replace(/(?<=www)(?=\.)/gi, WORD_JOINER)
        .replace(/[!-/:-@[-`{-~]/g, c => `\\${c}${c === '@' ? WORD_JOINER : ''}`);
}
/** A fenced code block whose fence no backtick run inside can close. */
function codeBlock(lang, text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // eslint-disable-next-line no-control-regex -- keep tabs and newlines, drop other controls
    const body = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
    return `${fence}${/^[a-z]+$/.test(lang) ? lang : ''}\n${body}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one door to GitHub's REST API. Octokit (@actions/github) is loaded here, lazily: only a
// run that comments or files an issue pays for it. A rate limit is waited out once when GitHub
// asks for a short wait; anything else becomes a GitHubApiError for the caller to word.
/** A rate limit that asks for a longer wait than this is reported, not waited out. */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
/** Lists stop after this many pages (of 100): a bound on a hostile or endless Link chain. */
const MAX_PAGES = 50;
class GitHubApiError extends Error {
    status;
    codes;
    rateLimited;
    name = 'GitHubApiError';
    constructor(message, status, 
    /** GitHub's error code(s) from a 422 body (`already_exists`…). */
    codes = [], rateLimited = false) {
        super(message);
        this.status = status;
        this.codes = codes;
        this.rateLimited = rateLimited;
    }
}
async function createGitHubApi(token, baseUrl, sleep = ms => new Promise(done => setTimeout(done, ms))) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 92413));
    const octokit = getOctokit(token, { baseUrl });
    const origin = new URL(baseUrl).origin;
    const send = async (route, params) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await octokit.request(route, params);
            }
            catch (err) {
                const failure = apiError(err);
                const waitMs = failure.rateLimited ? rateLimitWait(err) : undefined;
                if (attempt === 0 && waitMs !== undefined && waitMs <= MAX_RATE_LIMIT_WAIT_MS) {
                    await sleep(waitMs);
                    continue;
                }
                throw failure;
            }
        }
    };
    return {
        async request(route, params) {
            const { status, data } = await send(route, params);
            return { status, data: data };
        },
        async list(route, params = {}) {
            const items = [];
            let response = await send(route, { ...params, per_page: 100 });
            for (let page = 1;; page++) {
                if (Array.isArray(response.data))
                    items.push(...response.data);
                const next = nextPage(response.headers.link, origin);
                if (!next || page >= MAX_PAGES)
                    return items;
                response = await send({ method: 'GET', url: next });
            }
        }
    };
}
/** The Link header's rel="next" URL, when it stays on the API's origin: a link elsewhere
 * would carry the token there. */
function nextPage(link, origin) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (!m || !/\brel="?next"?/.test(m[2]))
            continue;
        try {
            const url = new URL(m[1]);
            return url.origin === origin ? url.href : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function apiError(err) {
    const { status, message, response } = (err ?? {});
    // No response (Octokit says 500): a network failure, whose innermost cause says what happened.
    if (typeof status !== 'number' || !response)
        return new GitHubApiError(networkText(err), 0);
    const headers = response?.headers ?? {};
    const data = (response?.data ?? {});
    const codes = Array.isArray(data.errors)
        ? data.errors.map(e => String(e?.code ?? ''))
        : [];
    const rateLimited = status === 429 ||
        (status === 403 &&
            (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'));
    const text = typeof data.message === 'string' ? data.message : String(message ?? '');
    return new GitHubApiError(`HTTP ${status}: ${text}`, status, codes, rateLimited);
}
function networkText(err) {
    const texts = [];
    for (let e = err; e;) {
        const text = typeof e.code === 'string' ? e.code : String(e.message ?? '');
        if (text && !texts.includes(text))
            texts.push(text);
        e = e.cause;
        if (texts.length > 4)
            break;
    }
    return texts.join(': ') || String(err);
}
/** How long GitHub asks to wait: `retry-after` seconds, else until `x-ratelimit-reset`;
 * undefined when it does not say. */
function rateLimitWait(err) {
    const headers = err.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
        return retryAfter * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - Date.now());
    return undefined;
}

;// CONCATENATED MODULE: ./src/codes.ts
const CODES = {
    // input: the target list and the run itself
    'input-invalid-target': {
        check: 'input',
        summary: 'An entry of the target list cannot be checked'
    },
    'input-internal-error': {
        check: 'input',
        summary: 'wss-doctor could not run a check (an internal error)'
    },
    'input-deadline': {
        check: 'input',
        summary: 'A check did not finish (or an idle hold was not judged) within the run’s deadline'
    },
    'input-deadline-not-checked': {
        check: 'input',
        summary: 'The run reached its deadline before this target’s turn'
    },
    'input-wait-recovered': {
        check: 'input',
        summary: 'With wait, the endpoint passed (or stopped failing) on a later attempt'
    },
    'input-wait-still-failing': {
        check: 'input',
        summary: 'With wait, the endpoint still failed when the wait ended'
    },
    // scheme
    'scheme-ok': { check: 'scheme', summary: 'The endpoint is wss:// (TLS)' },
    'scheme-ws-loopback': {
        check: 'scheme',
        summary: 'ws:// to loopback, which browsers allow from any page'
    },
    'scheme-ws-http-page': {
        check: 'scheme',
        summary: 'ws:// from an http page: allowed, but nothing is encrypted'
    },
    'scheme-ws-unknown-page': {
        check: 'scheme',
        summary: 'Unencrypted ws:// endpoint: an https page cannot open it'
    },
    'scheme-mixed-content': {
        check: 'scheme',
        summary: 'Mixed content: an https page cannot open this ws:// URL'
    },
    // tls: the handshake
    'tls-ok': { check: 'tls', summary: 'The TLS handshake completed' },
    'tls-dns-failed': { check: 'tls', summary: 'The host name does not resolve' },
    'tls-connect-timeout': { check: 'tls', summary: 'The connection timed out' },
    'tls-connection-refused': { check: 'tls', summary: 'Nothing listens on the port' },
    'tls-unreachable': { check: 'tls', summary: 'No network route to the host' },
    'tls-not-tls': {
        check: 'tls',
        summary: 'Not a TLS port: the server answered in plain text',
        problem: 'tls-listener'
    },
    'tls-handshake-timeout': {
        check: 'tls',
        summary: 'The port accepted the connection but sent no TLS answer',
        problem: 'tls-listener'
    },
    'tls-connection-reset': {
        check: 'tls',
        summary: 'The server closed the connection during the handshake',
        problem: 'tls-listener'
    },
    'tls-version-mismatch': {
        check: 'tls',
        summary: 'No TLS version in common with the server',
        problem: 'tls-versions'
    },
    'tls-handshake-refused': {
        check: 'tls',
        summary: 'The server refused the TLS handshake',
        problem: 'tls-versions'
    },
    'tls-weak-dh': {
        check: 'tls',
        summary: 'The server offers DHE with a Diffie-Hellman group clients refuse',
        problem: 'browser-ciphers'
    },
    'tls-certificate-too-large': {
        check: 'tls',
        summary: 'The certificate message is larger than clients accept',
        problem: 'certificate-size'
    },
    'tls-alpn-http2-only': {
        check: 'tls',
        summary: 'ALPN http/1.1 is refused: WebSockets work only over HTTP/2'
    },
    'tls-alpn-refused': {
        check: 'tls',
        summary: 'ALPN http/1.1 is refused and HTTP/2 does not allow WebSockets'
    },
    'tls-client-certificate-required': {
        check: 'tls',
        summary: 'The endpoint requires a client certificate (mutual TLS)',
        problem: 'client-certificate'
    },
    'tls-client-certificate-refused': {
        check: 'tls',
        summary: 'The endpoint refused the client certificate presented',
        problem: 'client-certificate'
    },
    'tls-failed': { check: 'tls', summary: 'The TLS connection failed' },
    // trust
    'trust-ok': { check: 'trust', summary: 'The chain leads to a trusted root' },
    'trust-no-certificate': { check: 'trust', summary: 'The server sent no certificate' },
    'trust-self-signed': {
        check: 'trust',
        summary: 'Self-signed certificate: browsers do not trust it'
    },
    'trust-untrusted-root': {
        check: 'trust',
        summary: 'The chain ends in a root CA that is not trusted'
    },
    'trust-missing-intermediate': {
        check: 'trust',
        summary: 'Incomplete chain: the intermediate certificate is not sent',
        problem: 'full-chain'
    },
    'trust-unknown-issuer': {
        check: 'trust',
        summary: 'The issuer is unknown: a missing intermediate or an untrusted root',
        problem: 'full-chain'
    },
    'trust-untrusted-issuer': {
        check: 'trust',
        summary: 'The chain leads to a CA that is neither sent nor trusted'
    },
    'trust-weak-signature': {
        check: 'trust',
        summary: 'A certificate in the chain is signed with SHA-1 or MD5'
    },
    'trust-verify-failed': { check: 'trust', summary: 'The chain does not verify' },
    // chain: as sent
    'chain-ok': { check: 'chain', summary: 'The chain is sent in order' },
    'chain-unreadable': {
        check: 'chain',
        summary: 'The order of the sent chain could not be read (TLS 1.3 only)'
    },
    'chain-out-of-order': {
        check: 'chain',
        summary: 'The chain is sent out of order',
        problem: 'full-chain'
    },
    'chain-extra-certificates': {
        check: 'chain',
        summary: 'The server sends certificates that are not part of the chain',
        problem: 'full-chain'
    },
    // hostname
    'hostname-ok': { check: 'hostname', summary: 'The certificate covers the host name' },
    'hostname-other-host': {
        check: 'hostname',
        summary: 'The certificate is for another host',
        problem: 'certificate'
    },
    'hostname-cn-only': {
        check: 'hostname',
        summary: 'The host name is only in the CN, with no Subject Alternative Name',
        problem: 'certificate'
    },
    // expiry
    'expiry-ok': { check: 'expiry', summary: 'The certificate is valid for long enough' },
    'expiry-soon': { check: 'expiry', summary: 'The certificate expires soon' },
    'expiry-expired': { check: 'expiry', summary: 'The certificate has expired' },
    'expiry-not-yet-valid': { check: 'expiry', summary: 'The certificate is not valid yet' },
    'expiry-invalid-time': {
        check: 'expiry',
        summary: 'A validity time in the certificate is not a valid time'
    },
    'expiry-issuer-expired': {
        check: 'expiry',
        summary: 'A CA certificate in the chain has expired',
        problem: 'full-chain'
    },
    'expiry-issuer-not-yet-valid': {
        check: 'expiry',
        summary: 'A CA certificate in the chain is not valid yet'
    },
    'expiry-issuer-before-leaf': {
        check: 'expiry',
        summary: 'A CA certificate in the chain expires before the leaf'
    },
    // revocation
    'revocation-ok': { check: 'revocation', summary: 'The certificate is not revoked' },
    'revocation-no-source': {
        check: 'revocation',
        summary: 'The certificate names no CRL or OCSP responder'
    },
    'revocation-revoked': { check: 'revocation', summary: 'The certificate has been revoked' },
    'revocation-bad-staple': {
        check: 'revocation',
        summary: 'The server staples an OCSP response that cannot be used'
    },
    'revocation-unknown': {
        check: 'revocation',
        summary: 'The revocation status is unknown: no source answered'
    },
    'revocation-unusable-answer': {
        check: 'revocation',
        summary: 'The revocation source answered with something that cannot be used'
    },
    // crypto
    'crypto-ok': { check: 'crypto', summary: 'Keys and signatures are strong' },
    'crypto-weak-key': { check: 'crypto', summary: 'A key in the chain is weak' },
    'crypto-key-refused': {
        check: 'crypto',
        summary: 'A key in the chain is so weak that every browser refuses it'
    },
    // addresses
    'addresses-ok': { check: 'addresses', summary: 'Every address serves the same certificate' },
    'addresses-other-certificate': {
        check: 'addresses',
        summary: 'An address serves a different certificate'
    },
    'addresses-failing-certificate': {
        check: 'addresses',
        summary: 'An address serves a different certificate that fails'
    },
    'addresses-handshake-failed': {
        check: 'addresses',
        summary: 'An address does not complete a TLS handshake'
    },
    'addresses-unchecked': { check: 'addresses', summary: 'Some addresses were not checked' },
    // versions
    'versions-ok': { check: 'versions', summary: 'The TLS versions clients need are accepted' },
    'versions-none': {
        check: 'versions',
        summary: 'No TLS version is accepted',
        problem: 'tls-versions'
    },
    'versions-required-missing': {
        check: 'versions',
        summary: 'A TLS version require-tls-versions requires is refused',
        problem: 'tls-versions'
    },
    'versions-legacy': {
        check: 'versions',
        summary: 'Legacy TLS versions (below min-tls-version) are accepted',
        problem: 'tls-versions'
    },
    'versions-no-tls12': {
        check: 'versions',
        summary: 'TLS 1.2 is refused: clients that stop at TLS 1.2 cannot connect',
        problem: 'tls-versions'
    },
    // ciphers
    'ciphers-ok': { check: 'ciphers', summary: 'Browsers can connect' },
    'ciphers-browsers-locked-out': {
        check: 'ciphers',
        summary: 'Browsers cannot connect: no cipher suite or group in common',
        problem: 'browser-ciphers'
    },
    'ciphers-weak-key-exchange': {
        check: 'ciphers',
        summary: 'The server also takes DHE or static RSA key exchange',
        problem: 'browser-ciphers'
    },
    'ciphers-static-rsa-only': {
        check: 'ciphers',
        summary: 'Browsers connect only with static RSA key exchange (no forward secrecy)',
        problem: 'browser-ciphers'
    },
    'ciphers-undetermined': {
        check: 'ciphers',
        summary: 'Could not tell whether browsers can connect'
    },
    // upgrade
    'upgrade-ok': { check: 'upgrade', summary: 'The WebSocket upgrade and a ping succeed' },
    'upgrade-not-upgraded': {
        check: 'upgrade',
        summary: 'The proxy does not upgrade: another answer than 101',
        problem: 'upgrade'
    },
    'upgrade-backend-down': {
        check: 'upgrade',
        summary: 'The proxy could not reach the WebSocket backend (502, 503, 504)',
        problem: 'upgrade'
    },
    'upgrade-not-found': {
        check: 'upgrade',
        summary: 'No WebSocket endpoint at the path (404)',
        problem: 'upgrade'
    },
    'upgrade-auth-required': {
        check: 'upgrade',
        summary: 'The upgrade is refused: the endpoint requires authentication'
    },
    'upgrade-credentials-withheld': {
        check: 'upgrade',
        summary: 'The upgrade is refused because the credentials were withheld'
    },
    'upgrade-origin-refused': {
        check: 'upgrade',
        summary: 'The upgrade is refused for the Origin sent'
    },
    'upgrade-bad-101': {
        check: 'upgrade',
        summary: 'The 101 answer lacks the upgrade headers clients need',
        problem: 'upgrade'
    },
    'upgrade-bad-accept': {
        check: 'upgrade',
        summary: 'The upgrade answer has a wrong Sec-WebSocket-Accept',
        problem: 'upgrade'
    },
    'upgrade-subprotocol': { check: 'upgrade', summary: 'Subprotocol negotiation failed' },
    'upgrade-no-answer': {
        check: 'upgrade',
        summary: 'The upgrade request got no answer',
        problem: 'upgrade'
    },
    'upgrade-bad-frame': {
        check: 'upgrade',
        summary: 'The server sent a frame clients refuse'
    },
    'upgrade-no-reply': {
        check: 'upgrade',
        summary: 'No reply matching expect to the message sent'
    },
    'upgrade-no-pong': {
        check: 'upgrade',
        summary: 'A ping went unanswered',
        problem: 'upgrade'
    },
    'upgrade-no-close': {
        check: 'upgrade',
        summary: 'The server did not complete the close handshake'
    },
    'upgrade-idle-cut': {
        check: 'upgrade',
        summary: 'The WebSocket was cut after a silence (1006)',
        problem: 'idle-timeout'
    },
    'upgrade-dropped': {
        check: 'upgrade',
        summary: 'The connection dropped without a close frame (1006)'
    },
    'upgrade-closed': {
        check: 'upgrade',
        summary: 'The server closed the WebSocket right after accepting it'
    },
    'upgrade-broken': {
        check: 'upgrade',
        summary: 'The connection broke before the session completed'
    },
    // idle
    'idle-ok': { check: 'idle', summary: 'A silent WebSocket stays open for idle-timeout' },
    'idle-cut': {
        check: 'idle',
        summary: 'A silent WebSocket is cut by a proxy (1006, no close frame)',
        problem: 'idle-timeout'
    },
    'idle-closed': {
        check: 'idle',
        summary: 'A silent WebSocket is closed by the server or a WebSocket proxy',
        problem: 'idle-timeout'
    },
    'idle-broken': { check: 'idle', summary: 'The idle WebSocket broke with an error' },
    'idle-bad-frame': {
        check: 'idle',
        summary: 'The server sent a frame clients refuse during the idle hold'
    },
    'idle-not-opened': {
        check: 'idle',
        summary: 'Not judged: the idle hold could not open its WebSocket'
    },
    // compare
    'compare-tls-only': {
        check: 'compare',
        summary: 'TLS issue confirmed: the ws:// twin works, wss:// fails'
    },
    'compare-ws-fails-too': {
        check: 'compare',
        summary: 'The ws:// twin fails too: not only a TLS problem'
    },
    // origin
    'origin-ok': { check: 'origin', summary: 'A foreign Origin is refused' },
    'origin-foreign-accepted': {
        check: 'origin',
        summary: 'An upgrade from a foreign Origin is accepted (cross-site WebSocket hijacking)'
    },
    // source: ws:// in the repository
    'source-ok': { check: 'source', summary: 'No insecure WebSocket URL in the source files' },
    'source-insecure-url': {
        check: 'source',
        summary: 'An insecure ws:// URL in the source: https pages cannot open it'
    },
    'source-no-files': { check: 'source', summary: 'scan-paths matched no source file' },
    // page
    'page-ok': { check: 'page', summary: 'The page and its scripts were read' },
    'page-mixed-content': {
        check: 'page',
        summary: 'The https page opens a ws:// URL, which browsers block'
    },
    'page-csp-blocks': {
        check: 'page',
        summary: 'The page’s Content-Security-Policy blocks its WebSocket'
    },
    'page-http-error': { check: 'page', summary: 'The page answered with an HTTP error' },
    'page-certificate': { check: 'page', summary: 'The page’s own certificate fails' },
    'page-redirect': { check: 'page', summary: 'The page redirects elsewhere: not followed' },
    'page-unreachable': { check: 'page', summary: 'The page could not be fetched' },
    'page-scripts-unread': { check: 'page', summary: 'Scripts of the page could not be read' },
    'page-truncated': {
        check: 'page',
        summary: 'Only the first part of a large page or script was read'
    },
    // browser: headless Chromium
    'browser-ok': { check: 'browser', summary: 'Chromium opened the WebSocket' },
    'browser-mixed-content': {
        check: 'browser',
        summary: 'Chromium blocked the WebSocket: mixed content'
    },
    'browser-csp-blocks': {
        check: 'browser',
        summary: 'Chromium blocked the WebSocket: the page’s Content-Security-Policy'
    },
    'browser-csp-mixed-content': {
        check: 'browser',
        summary: 'Chromium blocked a ws:// URL on an https page: CSP and mixed content'
    },
    'browser-no-answer': {
        check: 'browser',
        summary: 'Chromium got no answer to the WebSocket handshake'
    },
    'browser-connect-failed': { check: 'browser', summary: 'Chromium could not open the WebSocket' },
    'browser-no-websocket': { check: 'browser', summary: 'The page opened no WebSocket' },
    'browser-page-not-loaded': { check: 'browser', summary: 'Chromium could not load the page' },
    'browser-page-hung': { check: 'browser', summary: 'The page stopped answering' },
    'browser-page-crashed': { check: 'browser', summary: 'The page crashed Chromium’s renderer' },
    'browser-unavailable': {
        check: 'browser',
        summary: 'The browser check could not start Chromium'
    },
    'browser-error': { check: 'browser', summary: 'Chromium could not finish the check' },
    // proxy-config: static checks of proxy configuration files, by what they judge, shared by
    // every proxy (each writes the fix in its own words; `problem` names it)
    'proxy-config-ok': { check: 'proxy-config', summary: 'What the configuration file holds' },
    'proxy-config-no-files': {
        check: 'proxy-config',
        summary: 'config-paths matched no readable file'
    },
    'proxy-config-unknown-file': {
        check: 'proxy-config',
        summary: 'Not a proxy configuration wss-doctor knows'
    },
    'proxy-config-unparsed': {
        check: 'proxy-config',
        summary: 'Part of the file could not be read: the proxy’s own validator judges its syntax'
    },
    'proxy-config-invalid-value': {
        check: 'proxy-config',
        summary: 'A setting the proxy does not read or refuses'
    },
    'proxy-config-upgrade': {
        check: 'proxy-config',
        summary: 'The proxy does not pass the WebSocket upgrade',
        problem: 'upgrade'
    },
    'proxy-config-host-header': {
        check: 'proxy-config',
        summary: 'The proxy does not forward the client’s Host header'
    },
    'proxy-config-idle-timeout': {
        check: 'proxy-config',
        summary: 'A timeout cuts a silent WebSocket within idle-timeout',
        problem: 'idle-timeout'
    },
    'proxy-config-max-duration': {
        check: 'proxy-config',
        summary: 'A limit closes every WebSocket after a fixed time, busy or silent',
        problem: 'idle-timeout'
    },
    'proxy-config-full-chain': {
        check: 'proxy-config',
        summary: 'The certificate file serves the leaf without its intermediates',
        problem: 'full-chain'
    },
    'proxy-config-chain-order': {
        check: 'proxy-config',
        summary: 'The certificate file is not a chain in order',
        problem: 'full-chain'
    },
    'proxy-config-certificate-missing': {
        check: 'proxy-config',
        summary: 'A TLS listener has no certificate',
        problem: 'full-chain'
    },
    'proxy-config-certificate-file': {
        check: 'proxy-config',
        summary: 'The certificate file holds no certificate',
        problem: 'full-chain'
    },
    'proxy-config-certificate-name': {
        check: 'proxy-config',
        summary: 'The configured certificate does not cover the host',
        problem: 'certificate'
    },
    'proxy-config-default-certificate': {
        check: 'proxy-config',
        summary: 'A host gets the default certificate, not one of its own',
        problem: 'certificate'
    },
    'proxy-config-untrusted-certificate': {
        check: 'proxy-config',
        summary: 'The configured certificate is one browsers do not trust'
    },
    'proxy-config-tls-listener': {
        check: 'proxy-config',
        summary: 'The port wss:// clients use does not speak TLS',
        problem: 'tls-listener'
    },
    'proxy-config-tls-versions': {
        check: 'proxy-config',
        summary: 'A TLS version clients need is refused',
        problem: 'tls-versions'
    },
    'proxy-config-legacy-tls': {
        check: 'proxy-config',
        summary: 'Legacy TLS versions are accepted',
        problem: 'tls-versions'
    },
    'proxy-config-ciphers': {
        check: 'proxy-config',
        summary: 'No cipher suite browsers offer',
        problem: 'browser-ciphers'
    },
    'proxy-config-static-rsa': {
        check: 'proxy-config',
        summary: 'Browsers connect only with static RSA key exchange (no forward secrecy)',
        problem: 'browser-ciphers'
    },
    'proxy-config-groups': {
        check: 'proxy-config',
        summary: 'No key-exchange group browsers offer',
        problem: 'browser-ciphers'
    },
    'proxy-config-sni': {
        check: 'proxy-config',
        summary: 'Clients that send another or no server name get another answer'
    },
    'proxy-config-live-ok': {
        check: 'proxy-config',
        summary: 'config-serve: the served configuration passes every check'
    },
    'proxy-config-serve-unavailable': {
        check: 'proxy-config',
        summary: 'config-serve: the proxy is not installed'
    },
    'proxy-config-serve-refused': {
        check: 'proxy-config',
        summary: 'config-serve: the proxy refuses the configuration'
    }
};
/** Where the pages live: the repository's docs at this release, so that a report points at
 * the page of the version that made it (a code's page may change between versions). One
 * constant: package.json's repository and version, which a release updates together. */
const HELP_BASE = 'https://github.com/OWNER/wss-doctor/blob/v0.1.0/docs/findings/';
/** The page of a code, relative to the repository root. */
function docsPath(code) {
    return `docs/findings/${code}.md`;
}
/** The page of a code, as a URL (SARIF helpUri, the summary's links). */
function helpUrl(code) {
    return `${HELP_BASE}${code}.md`;
}
/** The table's entry for a code; undefined for a string that is none (a merged old report). */
function codeEntry(code) {
    return Object.hasOwn(CODES, code) ? CODES[code] : undefined;
}

;// CONCATENATED MODULE: ./src/report/checks.ts
// Shared by reporters: the icon for a status and each target's one-line verdict per check.




const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** A finding's code in Markdown, linked to its page. */
function codeLink(code) {
    return `[\`${code}\`](${helpUrl(code)})`;
}
/** Findings worth a reader's attention, failures first. */
function problems(result) {
    return [
        ...result.findings.filter(f => f.status === 'fail'),
        ...result.findings.filter(f => f.status === 'warn')
    ];
}
/** The line a finding is about: its own (a scan hit), else its target's targets-file line. */
function findingLocation(target, finding) {
    return finding.location ?? target.source;
}
const VERSION_LABEL = {
    TLSv1: '1.0',
    'TLSv1.1': '1.1',
    'TLSv1.2': '1.2',
    'TLSv1.3': '1.3'
};
/** "1.0 — · 1.1 — · 1.2 ✅ · 1.3 ✅": accepted ✅ (⚠️/❌ when the policy objects), refused —
 * (⚠️/❌ when the policy wants it), unknown ?. Undefined when versions were not probed. */
function versionMatrix(result) {
    const versions = result.facts.versions;
    if (!versions)
        return undefined;
    return Object.keys(VERSION_LABEL)
        .map(v => {
        const { support, status } = versions[v];
        const mark = support === 'unknown'
            ? '?'
            : status !== 'pass'
                ? ICON[status]
                : support === 'accepted'
                    ? '✅'
                    : '—';
        return `${VERSION_LABEL[v]} ${mark}`;
    })
        .join(' · ');
}
/** "101 · chat.v1 · 1.2 ms · idle ✅ · via nginx", or the status that came instead of 101. */
function upgradeSummary(result) {
    const upgrade = result.facts.upgrade;
    if (!upgrade)
        return undefined;
    // The upgrade check's verdict, not the status code alone: a 101 that then drops fails.
    const verdict = (0,src_findings/* worstStatus */.A4)(result.findings.filter(f => f.check === 'upgrade').map(f => f.status));
    const idle = result.findings.filter(f => f.check === 'idle');
    return [
        `${upgrade.status === 101 ? ICON[verdict] : '❌'} ${upgrade.status}`,
        ...(upgrade.subprotocol ? [upgrade.subprotocol] : []),
        ...(upgrade.roundTripMs !== undefined ? [`${upgrade.roundTripMs} ms`] : []),
        // Whether the socket outlived idle-timeout while silent (the idle check's hold).
        ...(idle.length > 0 ? [`idle ${ICON[(0,src_findings/* worstStatus */.A4)(idle.map(f => f.status))]}`] : []),
        // Who answered: the proxy's name from wss-doctor's own table (the evidence is in the JSON).
        ...(result.facts.proxy ? [`via ${result.facts.proxy.name}`] : [])
    ].join(' · ');
}
/** "Breaks: Go, Java 17 · connects: Chrome, Firefox, …": the per-client verdicts in one line
 * (the only place reports say which clients a problem stops). Undefined without verdicts. */
function clientsLine(result) {
    const verdicts = result.clients;
    if (!verdicts)
        return undefined;
    // A merged report's verdicts come from JSON: only well-formed ones of known clients count.
    const ids = profile/* CLIENT_IDS */.Z.filter(id => typeof verdicts[id]?.connects === 'boolean');
    if (ids.length === 0)
        return undefined;
    const names = (list) => list.map(id => clients_profiles/* PROFILES */.j[id].name).join(', ');
    const broken = ids.filter(id => !verdicts[id].connects);
    const connect = ids.filter(id => verdicts[id].connects);
    if (broken.length === 0)
        return `Breaks: no client · connects: all ${ids.length} clients`;
    if (connect.length === 0)
        return `Breaks: all ${ids.length} clients · connects: none`;
    return `Breaks: ${names(broken)} · connects: ${connect.length > 0 ? names(connect) : 'none'}`;
}
/** "1 target", "2 targets": one noun form per count. */
function plural(count, noun, many = `${noun}s`) {
    return `${count} ${count === 1 ? noun : many}`;
}
/** Results as entries, in report order: a page's browser check joins its page scan's entry. */
function entries(results) {
    const out = [];
    const pages = new Map();
    for (const result of results) {
        const { scan, label } = result.target;
        const page = scan === 'page' || scan === 'browser' ? pages.get(label) : undefined;
        if (page && !page.results.some(r => r.target.scan === scan)) {
            page.results.push(result);
            page.status = (0,src_findings/* worstStatus */.A4)([page.status, result.status]);
            continue;
        }
        const entry = { label, status: result.status, results: [result] };
        if (scan === 'page' || scan === 'browser')
            pages.set(label, entry);
        out.push(entry);
    }
    return out;
}
/** The noun a scanned entry is counted by. */
function scannedNoun(entry) {
    const scans = entry.results.map(r => r.target.scan);
    if (scans.includes('page') || /^https?:/i.test(entry.label))
        return ['page', 'pages'];
    if (scans.includes('source'))
        return ['file', 'files'];
    if (scans.includes('proxy-config'))
        return ['configuration', 'configurations'];
    return ['browser check', 'browser checks'];
}
function statusCounts(list) {
    const n = (status) => list.filter(e => e.status === status).length;
    return [
        ...(n('fail') > 0 ? [`${n('fail')} failed`] : []),
        ...(n('warn') > 0 ? [`${n('warn')} warned`] : []),
        ...(n('pass') > 0 ? [`${n('pass')} passed`] : [])
    ].join(', ');
}
/** "2 endpoints: 1 failed, 1 passed; 6 files and pages checked: 6 failed": endpoints and what
 * the scans checked are counted apart, each with one noun form per count. */
function countsText(results) {
    const all = entries(results);
    const endpoints = all.filter(e => !e.results[0].target.scan);
    const scanned = all.filter(e => e.results[0].target.scan);
    const parts = [];
    if (endpoints.length > 0)
        parts.push(`${plural(endpoints.length, 'endpoint')}: ${statusCounts(endpoints)}`);
    if (scanned.length > 0) {
        const nouns = [...new Set(scanned.map(e => scannedNoun(e)[scanned.length === 1 ? 0 : 1]))];
        const list = nouns.length > 1 ? `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}` : nouns[0];
        parts.push(`${scanned.length} ${list} checked: ${statusCounts(scanned)}`);
    }
    return parts.length > 0 ? parts.join('; ') : 'nothing to check';
}
/** "45s", "1m30s", "2m": a wait's time to the second. */
function elapsed(ms) {
    const total = Math.round(ms / 1000);
    const minutes = Math.floor(total / 60);
    const secs = total % 60;
    if (minutes === 0)
        return `${secs}s`;
    return secs === 0 ? `${minutes}m` : `${minutes}m${secs}s`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// Findings → the job summary's Markdown, read at a glance: what failed or warned in a narrow
// table (which check, in its own words), the healthy targets folded into one line, then each
// failing target's cause and fix, and the certificate facts folded away at the end. Bounded
// below GitHub's 1 MiB step-summary limit.




/** Stay well below GitHub's 1 MiB limit, leaving room for other steps' summaries. */
const SUMMARY_BUDGET_BYTES = 900_000;
/** A title in the table is cut here (the section below has it whole): rows stay a line or two. */
const TABLE_TITLE_CHARS = 48;
function renderSummary(report, budgetBytes = SUMMARY_BUDGET_BYTES) {
    const now = report.generatedAt;
    // One entry per endpoint and per thing scanned (a page's page scan and browser check are one
    // page); failures first, then warnings, each in report order.
    const all = entries(report.results);
    const failing = [...all.filter(e => e.status === 'fail'), ...all.filter(e => e.status === 'warn')];
    // Endpoints that passed only after retrying (wait) are not folded away with the healthy.
    const retried = all.filter(e => e.status === 'pass' && e.results[0].wait);
    const healthy = all.filter(e => e.status === 'pass' && !e.results[0].wait);
    const withFacts = report.results.filter(r => r.facts.handshake || r.facts.versions || r.facts.upgrade);
    const out = new Budget(budgetBytes - 2_000);
    out.add(`## ${ICON[report.result]} wss-doctor: ${countsText(report.results)}`);
    out.add('');
    for (const { check, reason } of report.skipped ?? [])
        out.add(`> Skipped: the **${check}** check (${escapeMarkdown(reason)}).`, '');
    for (const note of report.notes ?? [])
        out.add(`> ${escapeMarkdown(note)}`, '');
    if (report.earliestExpiry)
        out.add(earliestLine(report.earliestExpiry, now), '');
    if (failing.length > 0)
        out.block(['table row', 'table rows'], ['| Endpoint | What is wrong | Expires |', '| --- | --- | --- |'], failing.map(e => problemRow(e, now)), ['']);
    out.block(['retried endpoint', 'retried endpoints'], [], retried.map(retriedItem), []);
    if (healthy.length > 0) {
        out.block(['healthy entry', 'healthy entries'], [`<details><summary>${ICON.pass} ${healthyCount(healthy)}</summary>`, ''], healthy.map(e => healthyItem(e, now)), ['', '</details>', '']);
    }
    out.block(['detail section', 'detail sections'], [], failing.map(detailsSection), []);
    if (withFacts.length > 0) {
        out.block(['certificate row', 'certificate rows'], [
            `<details><summary>Certificates, TLS versions and upgrades (${plural(withFacts.length, 'endpoint')})</summary>`,
            '',
            '| Endpoint | Certificate | TLS | Upgrade |',
            '| --- | --- | --- | --- |'
        ], withFacts.map(r => factsRow(r, now)), ['', '</details>']);
    }
    return out.text();
}
/** Lines under a byte budget; what did not fit is counted by kind for the closing note. */
class Budget {
    limit;
    lines = [];
    used = 0;
    omitted = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    /** False (and nothing added) when the lines do not all fit. */
    add(...lines) {
        const size = lines.reduce((sum, l) => sum + Buffer.byteLength(l, 'utf8') + 1, 0);
        if (this.used + size > this.limit)
            return false;
        this.lines.push(...lines);
        this.used += size;
        return true;
    }
    /** An opening, items, a closing: the closing always follows an opening that fit (it is
     * small; the limit keeps room for it), so that no `<details>` or table is left open. */
    block(noun, open, items, close) {
        const start = this.lines.length;
        let skipped = items.length;
        if (this.add(...open))
            skipped = items.filter(item => !this.add(item)).length;
        // An opening without one item under it is taken back; an opening that stays is closed.
        if (this.lines.length === start + open.length && items.length > 0)
            this.lines.length = start;
        else if (this.lines.length > start)
            this.lines.push(...close);
        if (skipped > 0) {
            const n = (this.omitted.get(noun[1])?.n ?? 0) + skipped;
            this.omitted.set(noun[1], { n, noun });
        }
    }
    text() {
        const omitted = [...this.omitted.values()];
        const left = omitted.map(({ n, noun }) => plural(n, ...noun));
        if (left.length > 0) {
            const list = left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left.at(-1)}` : left[0];
            const verb = omitted.length === 1 && omitted[0].n === 1 ? 'is' : 'are';
            this.lines.push('', `> Summary truncated to stay under GitHub's 1 MiB limit: ${list} ${verb} only in the JSON report.`);
        }
        return `${this.lines.join('\n')}\n`;
    }
}
function earliestLine(earliest, now) {
    const end = new Date(earliest.validTo);
    return `Earliest certificate expiry: **${(0,dates/* dateWithDaysLeft */.dV)(end, now)}** on ${escapeMarkdown(earliest.target)}`;
}
/** One row per failing or warning entry (a page: its page scan's and browser check's
 * problems together): each problem by check name, with its title. */
function problemRow(entry, now) {
    const what = entry.results
        .flatMap(problems)
        .map(f => `${ICON[f.status]} **${f.check}** ${escapeMarkdown(shortTitle(f))} ${codeLink(f.code)}`)
        .join('<br>');
    const cells = [
        `${ICON[entry.status]}\u00a0${unbroken(escapeMarkdown(entry.label))}`,
        what || '–',
        expiresIn(entry.results[0], now)
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The title cut for the table, with the line it points at (a scan hit). */
function shortTitle(finding) {
    const chars = [...finding.title];
    const title = chars.length > TABLE_TITLE_CHARS
        ? `${chars.slice(0, TABLE_TITLE_CHARS).join('')}…`
        : finding.title;
    return finding.location ? `${title} (${place(finding.location)})` : title;
}
function place(location) {
    return `${location.file}:${location.line}`;
}
/** "89 days" or "expired" (the title says since when), one line; "–" without a certificate. */
function expiresIn(result, now) {
    const leaf = result.facts.handshake?.chain[0];
    if (!leaf)
        return '–';
    const end = new Date(leaf.validTo);
    if (Number.isNaN(end.getTime()))
        return 'invalid';
    if (end <= now)
        return 'expired';
    const left = (0,dates/* daysLeft */.H_)(end, now);
    return `${left}\u00a0day${left === 1 ? '' : 's'}`;
}
function healthyCount(healthy) {
    const endpoints = healthy.filter(e => !e.results[0].target.scan).length;
    const scanned = healthy.length - endpoints;
    return [
        ...(endpoints > 0 ? [plural(endpoints, 'healthy endpoint')] : []),
        ...(scanned > 0 ? [plural(scanned, 'clean scan result')] : [])
    ].join(' and ');
}
function healthyItem(entry, now) {
    const result = entry.results[0];
    const leaf = result.facts.handshake?.chain[0];
    const note = result.target.scan
        ? ` (${entry.results.map(r => r.target.scan).join(', ')})`
        : leaf
            ? ` · expires ${(0,dates/* dateWithDaysLeft */.dV)(new Date(leaf.validTo), now)}`
            : '';
    return `- ${escapeMarkdown(entry.label)}${whereFound(result)}${note}`;
}
/** Where a target was found: its line in a file, or the page it is on. */
function whereFound(result) {
    const { source, foundOn } = result.target;
    if (source)
        return ` (${escapeMarkdown(place(source))})`;
    if (foundOn)
        return ` (found on ${escapeMarkdown(foundOn)})`;
    return '';
}
/** An endpoint that passed only after retrying: on which attempt, and what the earlier ones
 * failed. */
function retriedItem(entry) {
    const result = entry.results[0];
    const wait = result.wait;
    const last = wait.attempts.at(-1);
    const lines = [
        `${ICON.pass} **${escapeMarkdown(entry.label)}**${whereFound(result)}: passed on attempt ${last.number} of ${wait.planned} after ${elapsed(last.atMs)} (wait ${elapsed(wait.waitMs)})`,
        ''
    ];
    for (const attempt of wait.attempts.slice(0, -1)) {
        const failed = attempt.failed.length > 0 ? attempt.failed : [attempt.status];
        lines.push(`- Attempt ${attempt.number} at ${elapsed(attempt.atMs)} failed: ${escapeMarkdown(failed.join('; '))}`);
    }
    lines.push('');
    return lines.join('\n');
}
function detailsSection(entry) {
    const heading = `### ${ICON[entry.status]} ${escapeMarkdown(entry.label)}${whereFound(entry.results[0])}`;
    const parts = [heading, ''];
    const clients = clientsLine(entry.results[0]);
    if (clients)
        parts.push(escapeMarkdown(clients), '');
    for (const finding of entry.results.flatMap(problems))
        parts.push(findingBlock(finding), '');
    return parts.join('\n');
}
function findingBlock(finding) {
    const at = finding.location ? ` (${place(finding.location)})` : '';
    const lines = [
        `**${ICON[finding.status]} ${finding.check}: ${escapeMarkdown(finding.title + at)}** ${codeLink(finding.code)}`,
        ''
    ];
    // Cause and fix first, the facts behind them after: the fix is what the reader came for.
    if (finding.cause)
        lines.push(`- **Root cause:** ${escapeMarkdown(finding.cause)}`);
    if (finding.fix) {
        lines.push(`- **Fix:** ${escapeMarkdown(finding.fix.text)}`);
        if (finding.fix.code)
            lines.push('', codeBlock(finding.fix.code.lang, finding.fix.code.text), '');
    }
    for (const detail of finding.details ?? [])
        lines.push(`- ${escapeMarkdown(detail)}`);
    return lines.join('\n');
}
/** Certificate, negotiated version, version matrix and upgrade, each cell a few short lines. */
function factsRow(result, now) {
    const handshake = result.facts.handshake;
    const leaf = handshake?.chain[0];
    const certificate = leaf
        ? [
            escapeMarkdown(leaf.subject),
            `Names: ${escapeMarkdown((0,src_facts/* coveredNames */.V7)(leaf).join(', ') || '(none)')}`,
            `Issuer: ${escapeMarkdown(leaf.issuer)}`,
            `Expires: ${(0,dates/* dateWithDaysLeft */.dV)(new Date(leaf.validTo), now)}`
        ].join('<br>')
        : '–';
    const tls = [
        ...(handshake ? [escapeMarkdown(handshake.protocol)] : []),
        ...[versionMatrix(result)].filter(v => v !== undefined)
    ].join('<br>');
    const cells = [
        escapeMarkdown(result.target.label),
        certificate,
        tls || '–',
        escapeMarkdown(upgradeSummary(result) ?? '–')
    ];
    return `| ${cells.join(' | ')} |`;
}
/** No line break inside a label at `-`, `.` or `/`: the endpoint stays one line. */
function unbroken(text) {
    return text.replace(/([-./])/g, '$1\u2060');
}

;// CONCATENATED MODULE: ./src/report/comment.ts

/** GitHub refuses a comment or issue body longer than this (characters). */
const COMMENT_LIMIT_CHARS = 65_536;
/** The summary's share, in UTF-8 bytes (never fewer than characters), leaving room for the
 * marker, the notes and the link. */
const COMMENT_SUMMARY_BUDGET_BYTES = 60_000;
/** The hidden line that names the comment of one workflow's job. Names are percent-encoded
 * so that none can end the HTML comment (`-->`) or forge another job's marker. */
function commentMarker(workflow, job) {
    return `<!-- wss-doctor:${encodeURIComponent(workflow)}:${encodeURIComponent(job)} -->`;
}
function renderComment(report, options) {
    const budget = options.budgetBytes ?? COMMENT_SUMMARY_BUDGET_BYTES;
    const full = renderSummary(report, Number.MAX_SAFE_INTEGER);
    const truncated = Buffer.byteLength(full, 'utf8') > budget;
    const summary = truncated ? renderSummary(report, budget) : full;
    const link = runLink(options.runUrl);
    const parts = [options.marker];
    if (options.recovered)
        parts.push(recoveredLine(report), '');
    parts.push(summary.trimEnd());
    if (truncated) {
        parts.push('', `> This comment is shortened to fit GitHub's limit of ${COMMENT_LIMIT_CHARS.toLocaleString('en-US')} characters: the full report is in the job summary${link ? ` of ${link}` : ''}.`);
    }
    if (link)
        parts.push('', `<sub>wss-doctor · ${link}</sub>`);
    const body = `${parts.join('\n')}\n`;
    // A summary that ignored its budget must still not make GitHub refuse the comment.
    if (body.length <= COMMENT_LIMIT_CHARS)
        return body;
    return `${options.marker}\n${head(report)}\n\n> The report is too long for a comment: see the job summary${link ? ` of ${link}` : ''}.\n`;
}
function head(report) {
    const { counts } = report;
    return `**wss-doctor: ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed**`;
}
function recoveredLine(report) {
    if (report.result === 'pass')
        return '### ✅ wss-doctor: all endpoints pass now';
    return `### ✅ wss-doctor: nothing fails now (${report.counts.warn} warned)`;
}
/** A link to the run, for a URL the runner gave (never server text); none for anything odd. */
function runLink(url) {
    if (!url || !/^https?:\/\/[^\s<>()[\]]+$/.test(url))
        return undefined;
    return `[the run](${url})`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts

async function updatePullRequestComment(api, run, pullRequest, report, failing, mode) {
    const marker = commentMarker(run.workflow, run.job);
    const repo = { owner: run.owner, repo: run.repo };
    const comments = await api.list('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: pullRequest });
    const existing = comments.find(c => typeof c.body === 'string' && c.body.startsWith(marker));
    if (!failing && mode === 'on-failure' && !existing) {
        return { changed: false, message: `nothing fails: no comment on pull request #${pullRequest}` };
    }
    const body = renderComment(report, {
        marker,
        runUrl: run.runUrl,
        recovered: !failing && mode === 'on-failure'
    });
    if (existing) {
        await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...repo,
            comment_id: existing.id,
            body
        });
        return { changed: true, message: `updated the comment on pull request #${pullRequest}` };
    }
    await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: pullRequest,
        body
    });
    return { changed: true, message: `commented on pull request #${pullRequest}` };
}

;// CONCATENATED MODULE: ./src/report/issue.ts



/** The label every wss-doctor issue carries: how runs list them. */
const ISSUE_LABEL = 'wss-doctor';
/** Bullets stop at this many characters; the rest is counted. */
const ISSUE_BUDGET_CHARS = 60_000;
function issueMarker(workflow) {
    return `<!-- wss-doctor-issue:${encodeURIComponent(workflow)} -->`;
}
/** What an issue is about: failing results, and expiry warnings of the others. */
function needingAttention(report) {
    const failing = report.results.filter(r => r.status === 'fail');
    const expiring = report.results
        .filter(r => r.status !== 'fail')
        .map(result => ({
        result,
        findings: result.findings.filter(f => f.check === 'expiry' && f.status === 'warn')
    }))
        .filter(e => e.findings.length > 0);
    return { failing, expiring };
}
function issueTitle(attention) {
    const parts = [];
    if (attention.failing.length > 0)
        parts.push(`${attention.failing.length} failing`);
    if (attention.expiring.length > 0)
        parts.push(`${attention.expiring.length} expiring soon`);
    return `wss-doctor: ${parts.join(', ')}`;
}
function renderIssue(report, attention, options) {
    const link = runLink(options.runUrl);
    const lines = [
        options.marker,
        `wss-doctor found endpoints that fail or whose certificate expires soon in the workflow **${escapeMarkdown(options.workflow || 'wss-doctor')}**. Each run updates this issue; it is closed when everything passes again.`,
        ''
    ];
    let used = lines.join('\n').length;
    let omitted = 0;
    const add = (line) => {
        if (used + line.length + 1 > ISSUE_BUDGET_CHARS) {
            omitted++;
            return;
        }
        lines.push(line);
        used += line.length + 1;
    };
    if (attention.failing.length > 0) {
        lines.push(`### ${ICON.fail} Failing (${attention.failing.length})`, '');
        for (const result of attention.failing)
            add(bullet(result, problems(result)));
        lines.push('');
    }
    if (attention.expiring.length > 0) {
        lines.push(`### ${ICON.warn} Expiring soon (${attention.expiring.length})`, '');
        for (const { result, findings } of attention.expiring)
            add(bullet(result, findings));
        lines.push('');
    }
    if (omitted > 0)
        lines.push(`> ${omitted} more endpoints are only in the job summary.`, '');
    lines.push(`Last checked ${report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${link ? ` in ${link}` : ''}.`);
    const body = `${lines.join('\n')}\n`;
    return body.length <= COMMENT_LIMIT_CHARS ? body : `${lines.slice(0, 2).join('\n')}\n`;
}
/** The comment an issue is closed with. */
function renderResolved(report, runUrl) {
    const link = runLink(runUrl);
    return `${ICON.pass} Everything passes again${link ? ` (${link})` : ''}: ${report.counts.pass} passed, ${report.counts.warn} warned, none failing or about to expire. Closing.\n`;
}
function bullet(result, findings) {
    const titles = findings
        .slice(0, 3)
        .map(f => `${f.check}: ${escapeMarkdown(f.title)} ${codeLink(f.code)}`)
        .join('; ');
    const more = findings.length > 3 ? ` (+${findings.length - 3} more)` : '';
    return `- **${escapeMarkdown(result.target.label)}**: ${titles}${more}`;
}

;// CONCATENATED MODULE: ./src/github/issue.ts


async function updateIssue(api, run, report) {
    const marker = issueMarker(run.workflow);
    const repo = { owner: run.owner, repo: run.repo };
    const open = await api.list('GET /repos/{owner}/{repo}/issues', {
        ...repo,
        labels: ISSUE_LABEL,
        state: 'open'
    });
    // The issues endpoint lists pull requests too.
    const existing = open.find(i => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(marker));
    const attention = needingAttention(report);
    if (attention.failing.length === 0 && attention.expiring.length === 0) {
        if (!existing)
            return { changed: false, message: 'nothing fails or expires soon: no issue' };
        await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: existing.number,
            body: renderResolved(report, run.runUrl)
        });
        await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: existing.number,
            state: 'closed',
            state_reason: 'completed'
        });
        return { changed: true, message: `closed issue #${existing.number}: everything passes again` };
    }
    const title = issueTitle(attention);
    const body = renderIssue(report, attention, {
        marker,
        workflow: run.workflow,
        runUrl: run.runUrl
    });
    if (existing) {
        await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: existing.number,
            title,
            body
        });
        return { changed: true, message: `updated issue #${existing.number}` };
    }
    await ensureLabel(api, repo);
    const created = await api.request('POST /repos/{owner}/{repo}/issues', {
        ...repo,
        title,
        body,
        labels: [ISSUE_LABEL]
    });
    return { changed: true, message: `opened issue #${created.data.number}` };
}
async function ensureLabel(api, repo) {
    try {
        await api.request('POST /repos/{owner}/{repo}/labels', {
            ...repo,
            name: ISSUE_LABEL,
            color: 'd93f0b',
            description: 'Endpoints wss-doctor found failing or about to expire'
        });
    }
    catch (err) {
        if (err instanceof GitHubApiError && err.status === 422 && err.codes.includes('already_exists'))
            return;
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts
// After the report is delivered: the pull-request comment and the scheduled run's issue
// (inputs `comment`, `issue`). Each is tried on its own; what goes wrong is a warning, never
// the step's result: the endpoints' verdict is the exit code.







async function publishToGitHub(report, config, failing) {
    if (config.comment === 'off' && config.issue === 'off')
        return;
    const pullRequest = pullRequestNumber();
    const comment = config.comment !== 'off' && pullRequest !== undefined;
    // A pull request's failure is the pull request's: said in its comment, not in an issue.
    const issue = config.issue !== 'off' && pullRequest === undefined;
    if (config.comment !== 'off' && !comment)
        debug('wss-doctor: not a pull request: no comment');
    if (config.issue !== 'off' && !issue)
        debug('wss-doctor: a pull request: no issue');
    if (!comment && !issue)
        return;
    const mask = (text) => (0,src_secrets/* maskSecrets */.QU)(text, config.secrets);
    const run = actionsRun();
    if (!run) {
        warning('wss-doctor: comment/issue: GITHUB_REPOSITORY is not set: not running in Actions?');
        return;
    }
    if (!config.githubToken) {
        warning('wss-doctor: comment/issue need github-token, which is empty');
        return;
    }
    const token = config.githubToken;
    let api;
    const connect = () => (api ??= createGitHubApi(token, run.apiUrl));
    const attempt = async (what, step) => {
        try {
            const outcome = await step();
            if (outcome.changed)
                info(mask(`wss-doctor: ${outcome.message}`));
            else
                debug(mask(`wss-doctor: ${outcome.message}`));
        }
        catch (err) {
            warning(mask(failureText(what, err)));
        }
    };
    if (config.comment !== 'off' && pullRequest !== undefined) {
        const mode = config.comment;
        await attempt('comment on the pull request', async () => updatePullRequestComment(await connect(), run, pullRequest, report, failing, mode));
    }
    if (issue) {
        await attempt('update the wss-doctor issue', async () => updateIssue(await connect(), run, report));
    }
}
function failureText(what, err) {
    if (!(err instanceof GitHubApiError)) {
        return `wss-doctor: could not ${what}: ${detail(err instanceof Error ? err.message : String(err))}`;
    }
    const said = detail(err.message);
    if (err.rateLimited) {
        return `wss-doctor: could not ${what}: GitHub's API rate limit (${said}), and it asks for a wait longer than wss-doctor's ${MAX_RATE_LIMIT_WAIT_MS / 1000} s (or none it says); the next run tries again`;
    }
    if (err.status === 403 && what.startsWith('comment')) {
        return `wss-doctor: the token cannot comment: pull requests from forks get a read-only token; use pull_request_target carefully or skip comments. Otherwise give the job \`permissions: pull-requests: write\` (${said})`;
    }
    if (err.status === 403) {
        return `wss-doctor: the token cannot ${what}: give the job \`permissions: issues: write\` (${said})`;
    }
    if (err.status === 404) {
        return `wss-doctor: could not ${what}: not found: the repository, pull request or issue is not visible to the token (${said})`;
    }
    if (err.status === 422)
        return `wss-doctor: could not ${what}: GitHub refused it (${said})`;
    return `wss-doctor: could not ${what}: ${said}`;
}
/** GitHub's words, one short line. */
function detail(text) {
    const line = oneLine(text);
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** Annotation text is one line, and holds no `##[` or leading `::` (the runner parses the
 * whole line as one command already; this is defence in depth). */
const logText = (text) => inertCommands(oneLine(text));
const LEVEL = { fail: 'error', warn: 'warning', pass: 'notice' };
function renderAnnotations(report, caps) {
    const all = [];
    for (const { target, findings, status } of report.results) {
        const at = target.source ? { file: target.source.file, startLine: target.source.line } : {};
        if (status === 'pass') {
            // A scanned thing with one finding says what it was (a file checked, or skipped and why).
            const only = target.scan && findings.length === 1 ? findings[0].title : undefined;
            all.push({
                level: 'notice',
                title: logText(`wss-doctor: ${target.label}`),
                message: logText(only ?? 'All checks passed.'),
                ...at
            });
            continue;
        }
        for (const f of findings) {
            if (f.status === 'pass')
                continue;
            const message = [
                `${target.label}: ${f.title}`,
                f.cause ? `Cause: ${f.cause}.` : '',
                f.fix ? `Fix: ${f.fix.text}` : '',
                `More: ${helpUrl(f.code)}`
            ]
                .filter(Boolean)
                .join(' — ');
            const place = f.location
                ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column }
                : at;
            all.push({
                level: LEVEL[f.status],
                title: logText(`wss-doctor ${f.code}: ${target.label}`),
                message: logText(message),
                ...place,
                ...(f.location?.changed ? { changed: true } : {})
            });
        }
    }
    // Findings on lines the pull request changes first (stable otherwise): GitHub shows 10 per
    // level, and these are the ones about the change under review.
    all.sort((a, b) => Number(b.changed ?? false) - Number(a.changed ?? false));
    const shown = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = all.filter(a => {
        if (shown[a.level] >= caps[a.level]) {
            omitted[a.level]++;
            return false;
        }
        shown[a.level]++;
        return true;
    });
    return { annotations, omitted };
}

;// CONCATENATED MODULE: ./src/report/files.ts
// The files a run writes: the JSON report (its directory created as needed) and the job
// summary. Each throws with the path in the message, so the caller can say what was not written.


/** Writes the pieces to `file` one after the other (a report as it is rendered, never whole in
 * memory), creating its directory first. */
function writeReportFile(file, pieces) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const piece of pieces) {
            const bytes = Buffer.from(piece);
            // writeSync may write less than asked; writeFileSync loops the same way.
            for (let done = 0; done < bytes.length;)
                done += (0,external_node_fs_.writeSync)(fd, bytes, done);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A fresh `report.json` path in a new directory under `tempRoot` (created if missing). */
function temporaryReportPath(tempRoot) {
    (0,external_node_fs_.mkdirSync)(tempRoot, { recursive: true });
    return external_node_path_default().join((0,external_node_fs_.mkdtempSync)(external_node_path_default().join(tempRoot, 'wss-doctor-')), 'report.json');
}
/** Appends to the job summary file; its directory belongs to the runner and is not created. */
function appendSummary(file, markdown) {
    (0,external_node_fs_.appendFileSync)(file, markdown);
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** Raised whenever a field's meaning changes or a field a reporter needs is added: merging
 * refuses reports of another version. 2: facts for the merge (versions, upgrade, …), shard,
 * position. 3: upgrade.connection (reused, resumed, new) instead of upgrade.resumedSession.
 * 4: each finding's code and its page (help); clients (a verdict per client). */
const REPORT_VERSION = 4;
function renderJson(report, run, shard) {
    return [...jsonPieces(report, run, shard)].join('');
}
/** The JSON report piece by piece, the envelope and then one target at a time: written as it
 * is made, a fleet's report is never one string in memory (nor a second copy of every fact).
 * Joined, the pieces are exactly JSON.stringify(…, null, 2) of the whole report; each target is
 * a whole JSON value, so a secret masked piece by piece cannot straddle two pieces. */
function* jsonPieces(report, run, shard) {
    const envelope = JSON.stringify({
        version: REPORT_VERSION,
        tool: 'wss-doctor',
        generatedAt: report.generatedAt.toISOString(),
        run,
        shard,
        result: report.result,
        counts: report.counts,
        earliestExpiry: report.earliestExpiry,
        targets: []
    }, null, 2);
    if (report.results.length === 0) {
        yield `${envelope}\n`;
        return;
    }
    // The envelope ends with `"targets": []` and its closing brace: the list is opened instead
    // and its items follow at the depth JSON.stringify gives them (JSON text holds no raw
    // newline but its own, so indenting after each one is exact).
    yield `${envelope.slice(0, -'[]\n}'.length)}[`;
    let first = true;
    for (const result of report.results) {
        const item = JSON.stringify(reportedTarget(result), null, 2).replaceAll('\n', '\n    ');
        yield `${first ? '' : ','}\n    ${item}`;
        first = false;
    }
    yield '\n  ]\n}\n';
}
function reportedTarget({ target, status, findings, facts, clients, wait }) {
    return {
        label: target.label,
        source: target.source,
        foundOn: target.foundOn,
        endpoint: target.endpoint,
        problem: target.problem,
        scan: target.scan,
        position: target.position,
        status,
        findings: findings.map(({ check, code, ...rest }) => ({
            check,
            code,
            help: helpUrl(code),
            ...rest
        })),
        clients,
        wait,
        ...reportedFacts(facts)
    };
}
function reportedFacts({ tlsSession: _s, connection: _c, sentChain: _sc, ...facts }) {
    const withoutPem = (handshake) => ({
        ...handshake,
        chain: handshake.chain.map(({ pem: _pem, ...cert }) => cert)
    });
    return {
        ...facts,
        handshake: facts.handshake && withoutPem(facts.handshake),
        otherAddresses: facts.otherAddresses?.map(other => ({
            ...other,
            handshake: other.handshake && withoutPem(other.handshake)
        }))
    };
}

;// CONCATENATED MODULE: ./src/report/mask.ts

/** The report with every string in it (not keys) masked; Dates, Buffers and numbers kept. */
function maskReport(report, secrets) {
    return secrets.length === 0 ? report : maskStrings(report, secrets);
}
/** Rendered pieces masked one by one, as they are made (a piece is a whole value: see
 * jsonPieces), so that masking never holds a whole report either. */
function* maskPieces(pieces, secrets) {
    for (const piece of pieces)
        yield (0,src_secrets/* maskSecrets */.QU)(piece, secrets);
}
function maskStrings(value, secrets) {
    if (typeof value === 'string')
        return (0,src_secrets/* maskSecrets */.QU)(value, secrets);
    if (Array.isArray(value))
        return value.map(item => maskStrings(item, secrets));
    if (value !== null &&
        typeof value === 'object' &&
        Object.getPrototypeOf(value) === Object.prototype)
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item, secrets)]));
    return value;
}

;// CONCATENATED MODULE: ./src/merge.ts
// merge-reports: the JSON reports of a sharded run (or of several runs) → one Report, which the
// reporters render exactly as if one run had checked the whole list. Refuses what would make a
// wrong verdict: another report version, a target in two reports, a shard missing or twice.






const STATUSES = ['pass', 'warn', 'fail'];
/** The files the globs match (relative to `cwd`), read; none matched is an error. */
async function readReportFiles(globs, cwd) {
    const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 73382)); // loaded only to merge
    const files = (await glob(globs, { cwd, absolute: true, onlyFiles: true })).sort();
    if (files.length === 0)
        throw new src_config/* ConfigError */.xL(`merge-reports: no file matches ${globs.map(g => `"${g}"`).join(', ')}`);
    return files.map(file => {
        try {
            return { file, text: (0,external_node_fs_.readFileSync)(file, 'utf8') };
        }
        catch (err) {
            throw new src_config/* ConfigError */.xL(`merge-reports: cannot read ${file}: ${err.message}`);
        }
    });
}
async function mergeReportFiles(globs, cwd) {
    return mergeReports(await readReportFiles(globs, cwd));
}
function mergeReports(files) {
    const reports = files.map(parseReport);
    checkShards(reports);
    // Shard order first (shard 1 holds the scans), then each target's place in the whole list.
    reports.sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
    const seen = new Map();
    for (const { file, results } of reports) {
        for (const label of new Set(results.map(r => r.target.label))) {
            const other = seen.get(label);
            if (other)
                throw new src_config/* ConfigError */.xL(`merge-reports: the target "${label}" is in ${other} and in ${file}: merge each shard's report once, and shards of one run only`);
            seen.set(label, file);
        }
    }
    const results = reports
        .flatMap(r => r.results)
        .map((result, i) => ({ result, key: result.target.position ?? Infinity, i }))
        .sort((a, b) => a.key - b.key || a.i - b.i)
        .map(({ result }) => result);
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of results)
        counts[r.status]++;
    return {
        generatedAt: new Date(Math.min(...reports.map(r => r.generatedAt.getTime()))),
        result: (0,src_findings/* worstStatus */.A4)(results.map(r => r.status)),
        counts,
        results,
        earliestExpiry: merge_earliestExpiry(results)
    };
}
/** As diagnose() computes it: the first leaf to expire, over endpoints (not scans). */
function merge_earliestExpiry(results) {
    let earliest;
    for (const { target, facts } of results) {
        const validTo = facts.handshake?.chain[0]?.validTo;
        if (target.scan || !validTo || !(0,src_facts/* certificateTime */.DT)(validTo))
            continue;
        if (!earliest || validTo < earliest.validTo)
            earliest = { validTo, target: target.label };
    }
    return earliest;
}
function checkShards(reports) {
    const sharded = reports.filter(r => r.shard);
    if (sharded.length === 0)
        return;
    if (sharded.length < reports.length)
        throw new src_config/* ConfigError */.xL(`merge-reports: ${reports.find(r => !r.shard).file} is not a shard's report, ${sharded[0].file} is: merge the shards of one run only`);
    const count = sharded[0].shard.count;
    const byIndex = new Map();
    for (const { file, shard } of sharded) {
        if (shard.count !== count)
            throw new src_config/* ConfigError */.xL(`merge-reports: ${file} is shard ${shard.index}/${shard.count}, ${sharded[0].file} is one of ${count} shards`);
        const twice = byIndex.get(shard.index);
        if (twice)
            throw new src_config/* ConfigError */.xL(`merge-reports: shard ${shard.index}/${count} is there twice (${twice} and ${file})`);
        byIndex.set(shard.index, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !byIndex.has(i));
    if (missing.length > 0)
        throw new src_config/* ConfigError */.xL(`merge-reports: shard${missing.length > 1 ? 's' : ''} ${missing.map(i => `${i}/${count}`).join(', ')} missing: their targets would go unreported (did a shard job fail before uploading its report?)`);
}
function parseReport({ file, text }) {
    const bad = (why) => new src_config/* ConfigError */.xL(`merge-reports: ${file} is not a wss-doctor JSON report: ${why}`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw bad(err.message);
    }
    const report = json;
    if (!isObject(report) || report.tool !== 'wss-doctor')
        throw bad('no "tool": "wss-doctor"');
    if (report.version !== REPORT_VERSION)
        throw new src_config/* ConfigError */.xL(`merge-reports: ${file} is version ${JSON.stringify(report.version)} of the JSON report, this wss-doctor merges version ${REPORT_VERSION}: write the shards' and the merge's reports with the same wss-doctor release`);
    const generatedAt = new Date(String(report.generatedAt));
    if (Number.isNaN(generatedAt.getTime()))
        throw bad('no valid "generatedAt"');
    if (!Array.isArray(report.targets))
        throw bad('no "targets" list');
    const shard = report.shard;
    if (shard !== undefined &&
        !(isObject(shard) &&
            Number.isInteger(shard.index) &&
            Number.isInteger(shard.count) &&
            shard.index >= 1 &&
            shard.index <= shard.count))
        throw bad('a malformed "shard"');
    const results = report.targets.map((entry, i) => {
        const why = targetProblem(entry);
        if (why)
            throw bad(`target ${i + 1}: ${why}`);
        return toResult(entry);
    });
    return { file, generatedAt, shard, results };
}
/** What is wrong with a reported target for the reporters, if anything. */
function targetProblem(entry) {
    if (!isObject(entry))
        return 'not an object';
    if (typeof entry.label !== 'string')
        return 'no "label"';
    if (!STATUSES.includes(entry.status))
        return 'no valid "status"';
    if (!Array.isArray(entry.findings))
        return 'no "findings" list';
    for (const f of entry.findings) {
        if (!isObject(f) ||
            typeof f.check !== 'string' ||
            typeof f.code !== 'string' ||
            codeEntry(f.code) === undefined ||
            typeof f.title !== 'string' ||
            !STATUSES.includes(f.status))
            return 'a finding without check, a known code, status and title';
    }
    if (entry.position !== undefined && typeof entry.position !== 'number')
        return 'a bad "position"';
    return undefined;
}
/** Back to a TargetResult; certificates get an empty PEM (no reporter shows it). */
function toResult(entry) {
    const { label, source, foundOn, endpoint, problem, scan, position, status, findings, clients, wait, ...facts } = entry;
    const target = { label, source, foundOn, endpoint, problem, scan, position };
    for (const key of Object.keys(target))
        if (target[key] === undefined)
            delete target[key];
    const withPem = (handshake) => isObject(handshake) && Array.isArray(handshake.chain)
        ? { ...handshake, chain: handshake.chain.map(cert => ({ ...cert, pem: '' })) }
        : handshake;
    const reported = facts;
    return {
        target,
        status,
        findings,
        ...(isObject(clients) ? { clients } : {}),
        ...(wait ? { wait } : {}),
        facts: {
            ...reported,
            ...(reported.handshake ? { handshake: withPem(reported.handshake) } : {}),
            ...(reported.otherAddresses
                ? {
                    otherAddresses: reported.otherAddresses.map(other => ({
                        ...other,
                        ...(other.handshake ? { handshake: withPem(other.handshake) } : {})
                    }))
                }
                : {})
        }
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// Findings → a SARIF 2.1.0 log for GitHub code scanning: each failed or warned check that points
// at a line of the repository (a scan hit, a targets-file line) becomes an alert there. Code
// scanning needs a location, so findings without one are only in the other reports. A rule is a
// finding's code (src/codes.ts), with its page as helpUri.





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; a new version (v2) if the normalization ever changes. */
const FINGERPRINT_KEY = 'wssDoctorFinding/v1';
const sarif_LEVEL = {
    fail: 'error',
    warn: 'warning'
};
/** What each check judges: the start of the rule's full description. */
const RULE_DESCRIPTION = {
    input: 'The target can be parsed and checked',
    scheme: 'The endpoint uses wss://, not plain ws://',
    tls: 'The TLS handshake completes',
    trust: 'The certificate chains to a trusted root',
    chain: 'The server sends its full certificate chain, in order',
    hostname: 'The certificate covers the host name',
    expiry: 'The certificate is valid and not about to expire',
    revocation: 'The certificate is not revoked',
    crypto: 'Keys and signatures are strong enough',
    addresses: 'Every address of the host serves the same healthy endpoint',
    versions: 'The TLS versions accepted match the policy',
    ciphers: 'Browsers can negotiate a cipher suite',
    upgrade: 'The WebSocket upgrade succeeds and the session stays up',
    idle: 'A silent WebSocket stays open longer than idle-timeout',
    compare: 'Plain ws:// and wss:// behave alike',
    origin: 'Upgrades from a foreign Origin are refused',
    source: 'WebSocket URLs in the repository are secure',
    page: 'Pages open their WebSockets over wss://',
    browser: 'A real browser can open the WebSocket',
    'proxy-config': 'The proxy configuration passes WebSocket upgrades'
};
function renderSarif(report) {
    const codes = [];
    const fixes = new Map();
    const seen = new Map();
    const results = [];
    for (const { target, findings } of report.results) {
        for (const finding of findings) {
            if (finding.status === 'pass')
                continue;
            const location = findingLocation(target, finding);
            if (!location)
                continue;
            if (!codes.includes(finding.code))
                codes.push(finding.code);
            if (finding.fix)
                addFix(fixes, finding.code, target.label, finding.fix);
            // Two alike findings of one target (one URL on two lines of a file) stay two alerts.
            const identity = fingerprint(finding.check, target.label, finding.title);
            const occurrence = (seen.get(identity) ?? 0) + 1;
            seen.set(identity, occurrence);
            results.push({
                ruleId: finding.code,
                ruleIndex: codes.indexOf(finding.code),
                level: sarif_LEVEL[finding.status],
                message: { text: message(target.label, finding) },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: artifact(location.file),
                            region: {
                                startLine: Math.max(1, location.line),
                                ...(location.column && location.column >= 1 ? { startColumn: location.column } : {})
                            }
                        }
                    }
                ],
                partialFingerprints: { [FINGERPRINT_KEY]: `${identity}:${occurrence}` }
            });
        }
    }
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'wss-doctor',
                        rules: codes.map(code => rule(code, [...(fixes.get(code)?.values() ?? [])]))
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/**
 * The identity of a finding across runs, so that code scanning keeps one alert open instead of
 * closing and reopening it: check, target and title (not the code: alerts made before codes
 * existed keep their identity), with what changes from run to run taken
 * out of the title — durations ("in 9 days", "120 ms") and dates (which move when a
 * certificate is renewed but the problem stays). Other numbers (TLS 1.0, HTTP 403, a port)
 * name the problem and stay. Hashed: the title may hold server text.
 */
function fingerprint(check, label, title) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([check, label, normalizedTitle(title)].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
function normalizedTitle(title) {
    return oneLine(title)
        .replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, '<date>')
        .replace(/\b\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|sec|seconds?|minutes?|hours?|days?|weeks?)\b/gi, '<duration>');
}
function message(label, finding) {
    const cause = finding.cause ? ` Cause: ${oneLine(finding.cause)}.` : '';
    return `${oneLine(label)}: ${oneLine(finding.title)}${cause}`;
}
/** Relative to the checkout (code scanning resolves `%SRCROOT%`); a path outside it stays a
 * file URL, which code scanning cannot place but other SARIF viewers can. */
function artifact(file) {
    const slashed = file.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[a-z]:\//i.test(slashed))
        return { uri: (0,external_node_url_.pathToFileURL)(file).href };
    return { uri: encodeURI(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}
function addFix(fixes, code, label, fix) {
    const byFix = fixes.get(code) ?? new Map();
    fixes.set(code, byFix);
    const key = JSON.stringify([fix.text, fix.code?.lang, fix.code?.text]);
    const entry = byFix.get(key) ?? { targets: [], fix };
    byFix.set(key, entry);
    if (!entry.targets.includes(label))
        entry.targets.push(label);
}
/**
 * A rule per code. Its help is the fix: the fixes of this run's findings of that code, each
 * once with the targets it applies to (a fix names the target's host, so one code can have
 * several), then the code's page. Code scanning shows the help on every alert of the rule.
 */
function rule(code, fixes) {
    const { check, summary } = CODES[code];
    const description = RULE_DESCRIPTION[check];
    const text = [];
    const markdown = [];
    for (const { targets, fix } of fixes) {
        const heading = fixes.length > 1 ? `${targets.map(oneLine).join(', ')}: ` : '';
        text.push(`${heading}${fix.text}${fix.code ? `\n\n${fix.code.text}` : ''}`);
        markdown.push(`${heading ? `**${escapeMarkdown(targets.join(', '))}:** ` : ''}${escapeMarkdown(fix.text)}${fix.code ? `\n\n${codeBlock(fix.code.lang, fix.code.text)}` : ''}`);
    }
    const none = 'See the wss-doctor job summary for the details of each finding.';
    const page = helpUrl(code);
    return {
        id: code,
        name: code,
        shortDescription: { text: summary },
        fullDescription: { text: `wss-doctor's ${check} check: ${description.toLowerCase()}.` },
        helpUri: page,
        help: {
            text: `${text.length > 0 ? text.join('\n\n') : none}\n\nMore: ${page}`,
            markdown: `${markdown.length > 0 ? markdown.join('\n\n') : none}\n\n[More about ${code}](${page})`
        },
        properties: { tags: ['security', 'tls', 'websocket', check] }
    };
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
// Findings → the CLI's text report (colour when the terminal is a TTY).





const MARK = { pass: '✓', warn: '!', fail: '✗' };
const COLOR = { pass: '\u001b[32m', warn: '\u001b[33m', fail: '\u001b[31m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
function renderTerminal(report, options) {
    return [...terminalPieces(report, options)].join('');
}
/** The text report piece by piece (the head, each target, the result), to be printed as it is
 * made: a fleet's report is never one string in memory. Joined, the pieces are the text. */
function* terminalPieces(report, options) {
    const paint = (status, text) => options.color ? `${COLOR[status]}${text}${RESET}` : text;
    const dim = (text) => (options.color ? `${DIM}${text}${RESET}` : text);
    // Server text is made one line before it is placed, and no line keeps a `##[` or a leading
    // `::`: no workflow command, neither in the action's log (which also stops commands around
    // this text) nor when the CLI runs in a workflow step.
    const text = (lines) => `${lines.map(inertCommands).join('\n')}\n`;
    const counts = countsText(report.results)
        .replace(/\b\d+ failed\b/g, n => paint('fail', n))
        .replace(/\b\d+ warned\b/g, n => paint('warn', n))
        .replace(/\b\d+ passed\b/g, n => paint('pass', n));
    yield text([
        `wss-doctor: ${counts}`,
        ...(report.skipped ?? []).map(({ check, reason }) => dim(`skipped: the ${check} check (${oneLine(reason)})`)),
        ...(report.notes ?? []).map(note => `note: ${oneLine(note)}`),
        ''
    ]);
    for (const result of report.results)
        yield text([...targetLines(result, report.generatedAt, paint, dim), '']);
    yield text([`Result: ${paint(report.result, report.result.toUpperCase())}`]);
}
function targetLines(result, now, paint, dim) {
    const { target } = result;
    const where = target.source
        ? dim(`  (${target.source.file}:${target.source.line})`)
        : target.foundOn
            ? dim(`  (found on ${oneLine(target.foundOn)})`)
            : '';
    const lines = [`${paint(result.status, MARK[result.status])} ${oneLine(target.label)}${where}`];
    const leaf = result.facts.handshake?.chain[0];
    if (leaf) {
        const expires = (0,dates/* dateWithDaysLeft */.dV)(new Date(leaf.validTo), now);
        lines.push(dim(`    certificate: ${oneLine(leaf.subject)} · names: ${oneLine((0,src_facts/* coveredNames */.V7)(leaf).join(', ') || '(none)')} · expires ${expires} · ${result.facts.handshake.protocol}`));
    }
    const versions = versionMatrix(result);
    const upgrade = upgradeSummary(result);
    if (versions || upgrade) {
        lines.push(dim(`    ${[versions && `TLS versions: ${versions}`, upgrade && `upgrade: ${oneLine(upgrade)}`].filter(Boolean).join(' · ')}`));
    }
    const clients = clientsLine(result);
    if (clients)
        lines.push(`    ${clients}`);
    for (const f of result.findings) {
        lines.push(`    ${paint(f.status, MARK[f.status])} ${f.check.padEnd(10)} ${oneLine(f.title)} ${dim(`[${f.code}]`)}`);
        if (f.status === 'pass')
            continue;
        if (f.cause)
            lines.push(`                 cause: ${oneLine(f.cause)}`);
        if (f.fix) {
            lines.push(`                 fix:   ${oneLine(f.fix.text)}`);
            for (const codeLine of f.fix.code?.text.split('\n') ?? [])
                lines.push(dim(`                   ${safeLogLine(codeLine)}`));
        }
        lines.push(dim(`                 help:  ${helpUrl(f.code)}`));
    }
    return lines;
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/wait.ts
// `wait`: right after a deploy an endpoint may still serve the old certificate, or not be up
// yet. The targets that fail the first attempt are probed again, with exponential backoff,
// until they pass or the wait ends; each keeps its place in the report with its last result,
// and a finding that lists the attempts and says whether the certificate ever changed.






const BACKOFF = { firstMs: 5_000, maxMs: 60_000 };
/** `diagnose`, then, with `config.waitMs`, the failing targets again until they pass or the
 * wait ends. The wait counts from the start of the run and never reaches its deadline. */
async function diagnoseAndWait(config, options = {}) {
    const start = config.startedAt ?? Date.now();
    const first = await diagnose(config);
    const results = [...first.results];
    let pending = results.flatMap((r, i) => (retriable(r) ? [i] : []));
    const waitEnd = start + Math.min(config.waitMs, config.deadlineMs);
    const backoff = options.backoff ?? BACKOFF;
    let delay = backoff.firstMs;
    // When the next attempt starts, if there is one.
    const next = () => config.waitMs > 0 && pending.length > 0 && Date.now() < waitEnd
        ? new Date(Date.now() + Math.min(delay, waitEnd - Date.now()))
        : undefined;
    options.onAttempt?.(1, pending.length, next());
    if (config.waitMs === 0 || pending.length === 0)
        return first;
    const attempts = new Map(pending.map(i => [i, [{ number: 1, atMs: 0, result: results[i] }]]));
    const planned = plannedAttempts(Math.min(config.waitMs, config.deadlineMs), backoff);
    for (let number = 2; pending.length > 0 && Date.now() < waitEnd; number++) {
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(delay, waitEnd - Date.now()));
        delay = Math.min(delay * 2, backoff.maxMs);
        const left = start + config.deadlineMs - Date.now();
        if (left <= 0)
            break;
        const atMs = Date.now() - start;
        // Only the failing targets, under what is left of the run's deadline (from now); no scans.
        const again = await diagnose({
            ...config,
            targets: pending.map(i => results[i].target),
            deadlineMs: left,
            startedAt: undefined
        }, new Date(), PROBES, []);
        pending.forEach((i, k) => {
            results[i] = again.results[k];
            attempts.get(i).push({ number, atMs, result: again.results[k] });
        });
        pending = pending.filter(i => results[i].status === 'fail');
        options.onAttempt?.(number, pending.length, next());
    }
    for (const [i, tried] of attempts)
        results[i] = withAttempts(tried, config.waitMs, planned);
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of results)
        counts[r.status]++;
    return {
        generatedAt: first.generatedAt,
        result: (0,src_findings/* worstStatus */.A4)(results.map(r => r.status)),
        counts,
        results,
        earliestExpiry: earliestExpiry(results),
        ...(first.skipped ? { skipped: first.skipped } : {}),
        ...(first.notes ? { notes: first.notes } : {})
    };
}
/** The most attempts a wait of `waitMs` makes when probing takes no time: the first at 0, then
 * after each backoff delay, the last one at the end of the wait. */
function plannedAttempts(waitMs, backoff) {
    let count = 1;
    let at = 0;
    for (let delay = backoff.firstMs; at < waitMs && count < 10_000; count++) {
        at = Math.min(at + delay, waitMs);
        delay = Math.min(delay * 2, backoff.maxMs);
    }
    return count;
}
/** A failing endpoint may come right; an entry that is not a URL, or a scan's result, not. */
function retriable(result) {
    const { target } = result;
    return result.status === 'fail' && !target.scan && !target.problem && Boolean(target.endpoint);
}
/** The last attempt's result with a finding (check `input`: the wait is part of the run's
 * input) that gives the verdict of the wait and, in its details, every attempt. */
function withAttempts(tried, waitMs, planned) {
    const first = tried[0];
    const last = tried[tried.length - 1];
    const oldLeaf = leaf(first.result);
    const newLeaf = leaf(last.result);
    const after = `${seconds(last.atMs)} after the first (wait ${duration(waitMs)})`;
    const details = tried.map(attempt => attemptLine(attempt, oldLeaf));
    let finding;
    if (last.result.status !== 'fail') {
        const change = newLeaf && oldLeaf && !sameCertificate(newLeaf, oldLeaf)
            ? `: now serving a new certificate (${certificateText(newLeaf)})`
            : '';
        finding = {
            check: 'input',
            code: 'input-wait-recovered',
            status: 'pass',
            title: `${last.result.status === 'pass' ? 'Passed' : 'No longer failing'} on attempt ${last.number}, ${after}${change}`,
            details
        };
    }
    else {
        const still = oldLeaf && newLeaf && sameCertificate(newLeaf, oldLeaf)
            ? `still serving the old certificate (${certificateText(newLeaf)}): the deploy has not reached this endpoint yet`
            : newLeaf && oldLeaf
                ? `a new certificate (${certificateText(newLeaf)}) still fails (${failedChecks(last.result)})`
                : `still failing (${failedChecks(last.result)})`;
        finding = {
            check: 'input',
            code: 'input-wait-still-failing',
            status: 'fail',
            title: `Still failing after ${tried.length} attempt${tried.length === 1 ? '' : 's'}, the last ${after}: ${still}`,
            details,
            cause: 'The endpoint still failed when the wait ended',
            fix: {
                text: 'Check that the deploy installs the new certificate on this endpoint and reloads the server (every node behind the load balancer); raise the wait input if the rollout takes longer.'
            }
        };
    }
    const findings = [finding, ...last.result.findings];
    const wait = {
        waitMs,
        planned: Math.max(planned, tried.length),
        attempts: tried.map(({ number, atMs, result }) => ({
            number,
            atMs,
            status: result.status,
            failed: result.findings.filter(f => f.status === 'fail').map(f => `${f.check}: ${f.title}`)
        }))
    };
    return { ...last.result, findings, status: (0,src_findings/* worstStatus */.A4)(findings.map(f => f.status)), wait };
}
function attemptLine({ number, atMs, result }, oldLeaf) {
    const verdict = result.status === 'fail' ? `failed (${failedChecks(result)})` : `${result.status}ed`;
    const cert = leaf(result);
    const serving = !cert
        ? 'no certificate'
        : number > 1 && oldLeaf && sameCertificate(cert, oldLeaf)
            ? 'the same certificate'
            : `certificate ${certificateText(cert)}`;
    return `Attempt ${number} at ${seconds(atMs)}: ${verdict}; ${serving}`;
}
function leaf(result) {
    return result.facts.handshake?.chain[0];
}
/** The same leaf: a reissued certificate has a new serial, a renewed one a new notAfter. */
function sameCertificate(a, b) {
    return a.serialNumber === b.serialNumber && a.validTo === b.validTo;
}
function certificateText(cert) {
    return `serial ${cert.serialNumber}, expires ${(0,dates/* isoDate */._$)(new Date(cert.validTo))}`;
}
function failedChecks(result) {
    return [...new Set(result.findings.filter(f => f.status === 'fail').map(f => f.check))].join(', ');
}
/** Time since the first attempt, to the second: "0 s", "40 s", "130 s". */
function seconds(ms) {
    return `${Math.round(ms / 1000)} s`;
}
/** The log's line after each round of `wait` that leaves endpoints failing: how many, and when
 * the next attempt starts. */
function waitLine(attempt, failing, next) {
    const still = `${plural(failing, 'endpoint')} still ${failing === 1 ? 'fails' : 'fail'}`;
    if (failing === 0)
        return `wss-doctor: wait: every endpoint passes after attempt ${attempt}.`;
    if (!next)
        return `wss-doctor: wait: ${still} after attempt ${attempt}; no more attempts.`;
    const inSeconds = Math.max(0, Math.round((next.getTime() - Date.now()) / 1000));
    return `wss-doctor: wait: ${still} after attempt ${attempt}; attempt ${attempt + 1} at ${next.toISOString().slice(11, 19)} UTC (in ${inSeconds}s).`;
}

;// CONCATENATED MODULE: ./src/main.ts
// The action: inputs → Config → diagnose → annotations, job summary, outputs, JSON report;
// this module alone talks to the runner and owns the exit code.




















async function run() {
    let secrets = [];
    try {
        const inputs = readInputs();
        await (0,src_config/* prepareConfig */.Ei)(inputs);
        const config = (0,src_config/* parseConfig */.o4)(inputs, process.env.GITHUB_WORKSPACE || process.cwd());
        secrets = config.secrets;
        secrets.forEach(secret => setSecret(secret));
        // merge-reports: the shards' reports stand in for a run.
        const report = maskReport(config.mergeReports.length > 0
            ? await mergeReportFiles(config.mergeReports, config.workspace)
            : await diagnoseAndWait(config, {
                onAttempt: (...round) => {
                    if (config.waitMs > 0)
                        info(waitLine(...round));
                }
            }), secrets);
        await deliver(report, config);
        // The pull-request comment and the issue (src/github/): warnings at worst, never the exit code.
        await publishToGitHub(report, config, failsPolicy(report, config.failOn));
    }
    catch (err) {
        const mask = (text) => (0,src_secrets/* maskSecrets */.QU)(text, secrets);
        if (err instanceof src_config/* ConfigError */.xL) {
            setFailed(mask(`wss-doctor: invalid input: ${err.message}`));
        }
        else {
            // The stack may quote server text: printed only in debug runs, with commands stopped.
            if (isDebug())
                printInert([mask(errorText(err, true).split('\n').map(safeLogLine).join('\n'))]);
            setFailed(mask(`wss-doctor: internal error: ${errorText(err)}`));
        }
    }
}
function readInputs() {
    return Object.fromEntries(src_config/* INPUT_NAMES */.Qh.map(name => [name, getInput(name)]));
}
function errorText(err, stack = false) {
    // Not `instanceof Error`: errors from another realm (a VM context) are errors too.
    const { message, stack: trace } = (err ?? {});
    if (typeof message !== 'string')
        return String(err);
    return stack && typeof trace === 'string' ? trace : message;
}
/**
 * Each way the report leaves the run (JSON file, job summary, outputs, log, annotations) is
 * tried on its own: one that fails is named in a warning and the others still happen. The exit
 * code is the policy's. Every text is masked, though the report already is (defence in depth).
 */
async function deliver(report, config) {
    const mask = (text) => (0,src_secrets/* maskSecrets */.QU)(text, config.secrets);
    const failing = failsPolicy(report, config.failOn);
    const problems = [];
    const attempt = (what, step) => {
        try {
            step();
        }
        catch (err) {
            problems.push(`wss-doctor: could not ${what}: ${errorText(err)}`);
        }
    };
    let reportPath = '';
    attempt(`write the JSON report${config.jsonReport ? ` to ${config.jsonReport}` : ''}`, () => {
        const file = config.jsonReport ?? temporaryReportPath(process.env.RUNNER_TEMP || external_node_os_default().tmpdir());
        writeReportFile(file, maskPieces(jsonPieces(report, runInfo(), config.shard), config.secrets));
        reportPath = file;
    });
    const sarifFile = config.sarifReport;
    if (sarifFile)
        attempt(`write the SARIF report to ${sarifFile}`, () => {
            writeReportFile(sarifFile, [mask(renderSarif(report))]);
            attempt('set the sarif output', () => setOutput('sarif', mask(sarifFile)));
        });
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    attempt(`write the job summary to ${summaryFile}`, () => {
        if (summaryFile)
            appendSummary(summaryFile, mask(renderSummary(report)));
        else
            info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    });
    attempt('set the outputs', () => setOutputs(report, reportPath, mask));
    attempt('print the report', () => printInert(maskPieces(terminalPieces(report, { color: false }), config.secrets)));
    // The warnings below and setFailed() take annotation slots of their own.
    attempt('annotate', () => annotate(report, failing ? 1 : 0, problems.length, mask));
    for (const problem of problems)
        warning(mask(problem));
    if (failing) {
        setFailed(mask(`wss-doctor: ${countsText(report.results)} (fail-on: ${config.failOn})`));
    }
}
/**
 * Prints text that holds server-supplied strings with workflow commands stopped around it: the
 * runner ignores `::…` and `##[…]` lines until the resume token, which nobody could know when
 * the text was made. wss-doctor's own commands are all issued outside this block. The text
 * comes in pieces, each printed as it is made (a fleet's report is never one string).
 */
function printInert(pieces) {
    const token = `wss-doctor-${(0,external_node_crypto_.randomUUID)()}`;
    process.stdout.write(`::stop-commands::${token}${(external_node_os_default()).EOL}`);
    let last = '';
    for (const piece of pieces) {
        process.stdout.write(piece);
        if (piece !== '')
            last = piece;
    }
    process.stdout.write(`${last.endsWith('\n') ? '' : '\n'}::${token}::${(external_node_os_default()).EOL}`);
}
function setOutputs(report, reportPath, mask) {
    const outputs = {
        result: report.result,
        passed: report.counts.pass,
        warned: report.counts.warn,
        failed: report.counts.fail,
        report: reportPath,
        'earliest-expiry': report.earliestExpiry
            ? (0,dates/* isoDate */._$)(new Date(report.earliestExpiry.validTo))
            : '',
        'earliest-expiry-endpoint': report.earliestExpiry?.target ?? ''
    };
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, mask(String(value)));
}
function runInfo() {
    const run = actionsRun();
    if (!run?.runUrl)
        return undefined;
    const { owner, repo, sha, ref, workflow, runUrl } = run;
    return { repository: `${owner}/${repo}`, sha, ref, workflow, runUrl };
}
/** GitHub shows 10 annotations per level and step; `errorsAfter` and `warningsAfter` are the
 * slots setFailed() and delivery warnings will take. */
function annotate(report, errorsAfter, warningsAfter, mask) {
    const { annotations, omitted } = renderAnnotations(report, {
        error: Math.max(0, 10 - errorsAfter),
        warning: Math.max(0, 10 - warningsAfter),
        notice: 10
    });
    for (const { level, message, title, changed: _changed, ...properties } of annotations) {
        runner_namespaceObject[level](mask(message), { ...properties, title: mask(title) });
    }
    const hidden = omitted.error + omitted.warning + omitted.notice;
    if (hidden > 0) {
        info(`${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not annotated (GitHub shows 10 per level); see the job summary and the JSON report.`);
    }
}


/***/ }),

/***/ 80147:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ ciphersProbe),
/* harmony export */   KJ: () => (/* binding */ LEGACY_SUITES),
/* harmony export */   jj: () => (/* binding */ BROWSER_SUITES)
/* harmony export */ });
/* unused harmony export BROWSER_GROUPS */
/* harmony import */ var _clients_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70556);
/* harmony import */ var _clients_suites_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(56371);
/* harmony import */ var _handshake_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(53294);



/** What Chrome and Firefox both offer (their client profiles): OpenSSL's name → the IANA name
 * Node reports. */
const BROWSER_SUITES = Object.fromEntries(_clients_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .j.chrome.offer.suites
    .filter(suite => _clients_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .PROFILES */ .j.firefox.offer.suites.includes(suite))
    .map(suite => [_clients_suites_js__WEBPACK_IMPORTED_MODULE_1__/* .SUITE_OPENSSL */ ._j[suite], suite]));
/** The groups offered (OpenSSL names), and the names Node reports for what browsers offer;
 * X25519MLKEM768 is the hybrid both browsers (and Node 24) put first. */
const BROWSER_GROUPS = 'X25519:P-256:P-384';
const BROWSER_GROUP_NAMES = new Set(['X25519', 'prime256v1', 'secp384r1', 'X25519MLKEM768']);
const BROWSER_SUITE_NAMES = new Set(Object.values(BROWSER_SUITES));
/** At most this many handshakes per kind (DHE, static RSA) to list what the server takes. */
const MAX_PER_KIND = 2;
/** The DHE and static-RSA suites, IANA → OpenSSL name (from the one suite table), but 3DES,
 * which OpenSSL 3 no longer offers: a suite seen is left out of the next offer by its OpenSSL
 * name. A suite not listed ends the listing ("perhaps more"). */
const LEGACY_SUITES = Object.fromEntries(Object.entries(_clients_suites_js__WEBPACK_IMPORTED_MODULE_1__/* .SUITE_OPENSSL */ ._j).filter(([iana]) => /^TLS_(DHE_RSA|RSA)_WITH_/.test(iana) && !iana.includes('3DES')));
/** OpenSSL cipher strings per kind; SECLEVEL=0 so that a 1024-bit group is seen, not refused. */
const KIND_CIPHERS = { DHE: 'EDH', RSA: 'kRSA:!aNULL:!eNULL' };
/** Exactly the browsers' offer (the run's trust store builds it once, with its client
 * certificate if any). */
const BROWSER_OFFER = {
    ciphers: Object.keys(BROWSER_SUITES).join(':'),
    ecdhCurve: BROWSER_GROUPS
};
/** Only DHE (or only static-RSA) suites, minus those already seen, over TLS 1.2. */
function kindOffer(kind, without) {
    const ciphers = [KIND_CIPHERS[kind], ...without.map(s => `!${s}`), '@SECLEVEL=0'].join(':');
    return { ciphers, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' };
}
/** DHE or static-RSA key exchange, by IANA name; undefined for any other. */
function kindOf(cipher) {
    if (/^TLS_DHE_/.test(cipher))
        return 'DHE';
    if (/^TLS_RSA_WITH_/.test(cipher))
        return 'RSA';
    return undefined;
}
/** A handshake a browser would also have made: its suite and group are ones browsers offer. */
function browserLike(facts) {
    return (BROWSER_SUITE_NAMES.has(facts.cipher) &&
        facts.group !== undefined &&
        BROWSER_GROUP_NAMES.has(facts.group));
}
/** A default handshake refused for want of a common suite or group (or a DH group too small). */
const CIPHER_REFUSAL = /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|DH_KEY_TOO_SMALL|NO_SUITABLE|NO_SHARED_GROUP/;
/** How a server says "nothing you offer": the browser-like handshake failing this way fails the check. */
const NOTHING_IN_COMMON = /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|NO_SUITABLE|NO_SHARED_GROUP/;
/** The DHE (or static-RSA) suites the server takes, most preferred first, bounded. */
async function taken(endpoint, kind, timeoutMs, trust) {
    const found = { suites: [], more: false };
    const openssl = [];
    for (let i = 0; i < MAX_PER_KIND; i++) {
        const result = await (0,_handshake_js__WEBPACK_IMPORTED_MODULE_2__/* .handshake */ .g)(endpoint, {
            timeoutMs,
            secureContext: trust.context(kindOffer(kind, openssl)),
            readChain: false
        });
        if (!result.ok || kindOf(result.facts.cipher) !== kind)
            return found;
        found.suites.push(result.facts.cipher);
        if (kind === 'DHE')
            found.dhBits ??= result.facts.groupBits;
        const name = LEGACY_SUITES[result.facts.cipher];
        found.more = i === MAX_PER_KIND - 1 || name === undefined;
        if (name === undefined)
            return found;
        openssl.push(name);
    }
    return found;
}
const ciphersProbe = {
    check: 'ciphers',
    applies: ctx => ctx.facts.handshake !== undefined ||
        (ctx.facts.handshakeFailure?.phase === 'tls' &&
            CIPHER_REFUSAL.test(ctx.facts.handshakeFailure.code)),
    run: async (ctx) => {
        const endpoint = ctx.target.endpoint;
        const timeoutMs = ctx.config.timeoutMs;
        const first = ctx.facts.handshake;
        if (first && browserLike(first)) {
            return [
                {
                    check: 'ciphers',
                    code: 'ciphers-ok',
                    status: 'pass',
                    title: `Browsers can connect: ${first.protocol} ${first.cipher} over ${first.group}`,
                    details: [
                        'The default handshake chose a suite and group that Chrome and Firefox offer (ECDHE over X25519, P-256 or P-384), so no browser-like handshake was needed.'
                    ]
                }
            ];
        }
        const [browser, dhe, rsa] = await Promise.all([
            (0,_handshake_js__WEBPACK_IMPORTED_MODULE_2__/* .handshake */ .g)(endpoint, {
                timeoutMs,
                secureContext: ctx.trust.context(BROWSER_OFFER),
                readChain: false
            }),
            taken(endpoint, 'DHE', timeoutMs, ctx.trust),
            taken(endpoint, 'RSA', timeoutMs, ctx.trust)
        ]);
        const lines = takenLines(dhe, rsa, first);
        if (browser.ok) {
            const how = `${browser.facts.protocol} ${browser.facts.cipher} over ${browser.facts.group ?? 'no group'}`;
            if (kindOf(browser.facts.cipher) === 'RSA') {
                return [
                    {
                        check: 'ciphers',
                        code: 'ciphers-static-rsa-only',
                        status: 'warn',
                        title: `Browsers connect only with static RSA key exchange (no forward secrecy): ${how}`,
                        details: [
                            `A handshake offering exactly what Chrome and Firefox offer chose ${how}: they offer static RSA last, after every ECDHE suite.`,
                            ...lines
                        ],
                        cause: weakKexCause(dhe, rsa),
                        problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: false }
                    }
                ];
            }
            if (dhe.suites.length === 0 && rsa.suites.length === 0) {
                return [
                    {
                        check: 'ciphers',
                        code: 'ciphers-ok',
                        status: 'pass',
                        title: `Browsers can connect: ${how}`,
                        details: [
                            `A handshake offering exactly what Chrome and Firefox offer chose ${how}.`,
                            ...lines
                        ]
                    }
                ];
            }
            return [
                {
                    check: 'ciphers',
                    code: 'ciphers-weak-key-exchange',
                    status: 'warn',
                    title: `Also takes ${kinds(dhe, rsa)} from clients that offer it: ${[...dhe.suites, ...rsa.suites].join(', ')}${dhe.dhBits ? ` (DH group ${dhe.dhBits} bits)` : ''}`,
                    details: [
                        `Browsers connect (${how}); clients that offer ${kinds(dhe, rsa)} get it instead.`,
                        ...lines
                    ],
                    cause: weakKexCause(dhe, rsa),
                    problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: false }
                }
            ];
        }
        const nothingInCommon = NOTHING_IN_COMMON.test(browser.failure.code);
        if (!first && dhe.suites.length === 0 && rsa.suites.length === 0)
            return []; // the tls check says it
        if (!nothingInCommon) {
            return [
                {
                    check: 'ciphers',
                    code: 'ciphers-undetermined',
                    status: 'warn',
                    title: `Could not tell whether browsers can connect: a handshake offering what they offer failed (${browser.failure.code})`,
                    details: [`${browser.failure.code}: ${browser.failure.message}`, ...lines]
                }
            ];
        }
        return [
            {
                check: 'ciphers',
                code: 'ciphers-browsers-locked-out',
                status: 'fail',
                title: 'Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer',
                details: [
                    `A handshake offering exactly what Chrome and Firefox offer was refused (${browser.failure.code}).`,
                    ...lines,
                    ...(ctx.facts.handshakeFailure
                        ? [`The default handshake failed too: ${ctx.facts.handshakeFailure.code}.`]
                        : [])
                ],
                cause: 'The server allows only key exchanges browsers do not offer (finite-field DHE) or groups they do not offer; clients that offer them connect, browsers do not',
                problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: true }
            }
        ];
    }
};
function kinds(dhe, rsa) {
    return [
        ...(dhe.suites.length > 0 ? ['DHE'] : []),
        ...(rsa.suites.length > 0 ? ['static RSA key exchange'] : [])
    ].join(' and ');
}
function weakKexCause(dhe, rsa) {
    const reasons = [];
    if (dhe.suites.length > 0)
        reasons.push(dhe.dhBits !== undefined && dhe.dhBits < 2048
            ? `DHE with a ${dhe.dhBits}-bit group is breakable (Logjam) and refused by current OpenSSL clients`
            : 'DHE is slow and browsers dropped it');
    if (rsa.suites.length > 0)
        reasons.push('static RSA key exchange has no forward secrecy, and browsers offer it last');
    return `Legacy key exchange is still enabled: ${reasons.join('; ')}`;
}
function takenLines(dhe, rsa, first) {
    const list = (t) => `${t.suites.join(', ')}${t.more ? ', perhaps more' : ''}`;
    const lines = [];
    if (first)
        lines.push(`The default handshake (Node's offer) chose ${first.protocol} ${first.cipher} over ${first.group ?? (first.groupBits ? `a ${first.groupBits}-bit DH group` : 'no group')}.`);
    lines.push(dhe.suites.length > 0
        ? `Takes DHE: ${list(dhe)}, with a ${dhe.dhBits ?? '?'}-bit DH group.`
        : 'Takes no DHE suite.', rsa.suites.length > 0
        ? `Takes static RSA key exchange: ${list(rsa)}.`
        : 'Takes no static-RSA suite.');
    return lines;
}


/***/ }),

/***/ 53294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ handshake)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(632);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(37655);
// One TLS handshake against an endpoint: captures the chain, protocol, cipher and Node's
// verdict, or says precisely how and where the connection failed. Bounded by `timeoutMs` and
// by the run's deadline; whatever the server sends, a malformed answer is a failure, not a throw.





const SESSION_WAIT_MS = 100;
function handshake(endpoint, options) {
    return new Promise(resolve => {
        const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now();
        const connectTo = options.address ?? endpoint.addresses[0] ?? endpoint.host;
        let phase = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(connectTo) === 0 ? 'dns' : 'tcp';
        const failure = (code, message) => ({
            ok: false,
            failure: { address: address(), phase, code, message }
        });
        // Every listener that sees the server's bytes fails this handshake instead of throwing.
        const malformed = (err) => finish(failure(_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .MALFORMED_PEER_DATA */ .o9, err.message));
        const connectOptions = {
            host: connectTo,
            port: endpoint.port,
            servername: (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(endpoint.host) === 0 ? endpoint.host : undefined,
            secureContext: options.secureContext,
            ALPNProtocols: options.alpn ?? ['http/1.1'],
            // Verification is not skipped but deferred: a probe must see a certificate that fails in
            // order to say why. The trust and hostname probes judge `authorized`, `verifyError` and
            // the names; nothing is sent over this connection before they have (keepConnection: the
            // upgrade, with secrets only when they passed).
            rejectUnauthorized: false,
            // Node calls this with the chain it read (getPeerCertificate(true)) whenever the chain
            // verified; keeping it spares reading the chain a second time.
            checkServerIdentity: (_host, peer) => void (verifiedPeer = peer),
            // Ask for a stapled OCSP response; the revocation probe reads it.
            requestOCSP: true
        };
        let verifiedPeer;
        const socket = node_tls__WEBPACK_IMPORTED_MODULE_2___default().connect(connectOptions);
        let ocspStaple;
        socket.once('OCSPResponse', (0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .guard */ .ah)((response) => (ocspStaple = response), malformed));
        const { finish, stopTimer } = (0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .settleOnce */ .Tq)(resolve, {
            timeoutMs: options.timeoutMs,
            expire: failure,
            release: result => {
                if (result.ok && options.keepConnection && !socket.destroyed)
                    result.connection = socket;
                else
                    socket.destroy();
            }
        });
        const address = () => socket.remoteAddress ?? ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(connectTo) ? connectTo : undefined);
        socket.once('lookup', () => (phase = 'tcp'));
        socket.once('connect', () => (phase = 'tls'));
        // `on`, not `once`: a late second error must not become an uncaught exception.
        const onError = (err) => {
            if (afterHandshake) {
                // Node only emits a TLS error after the handshake: the socket stays open-looking, but
                // its TLS session is dead and HTTP over it would never hear why. Closed, it is never
                // handed to the upgrade, however soon that comes (and whether or not it already has).
                socket.destroy();
                // The facts stand: the error is one of them (TLS 1.3's certificate_required alert
                // arrives only after the client's Finished).
                return afterHandshake(err.code ?? 'ERROR');
            }
            finish(failure(err.code ?? 'ERROR', err.message));
        };
        let afterHandshake;
        socket.on('error', onError);
        let session;
        let onSession;
        socket.on('session', (0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .guard */ .ah)((ticket) => {
            session = ticket;
            onSession?.();
        }, malformed));
        socket.once('secureConnect', (0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .guard */ .ah)(() => {
            const cipher = socket.getCipher();
            const ephemeral = socket.getEphemeralKeyInfo();
            const handshakeMs = Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - started);
            stopTimer(); // the handshake is done; only the bounded session wait may follow
            const facts = {
                remoteAddress: socket.remoteAddress ?? connectTo,
                protocol: socket.getProtocol() ?? 'unknown',
                cipher: cipher.standardName ?? cipher.name,
                alpn: socket.alpnProtocol || undefined,
                group: ephemeral?.name,
                groupBits: ephemeral?.size,
                ocspStaple: ocspStaple && ocspStaple.length > 0 ? ocspStaple.toString('base64') : undefined,
                authorized: socket.authorized,
                verifyError: socket.authorized ? undefined : String(socket.authorizationError),
                chain: options.readChain === false
                    ? []
                    : peerChain(verifiedPeer ?? socket.getPeerCertificate(true)),
                handshakeMs
            };
            const success = (alert) => finish({
                ok: true,
                facts: alert ? { ...facts, alertAfterHandshake: alert } : facts,
                session
            });
            afterHandshake = success;
            if (!options.keepSession || session)
                return success();
            // Not from within the 'session' event: OpenSSL is still reading the ticket then, and a
            // write to the kept connection in that turn (the upgrade's) breaks its record layer.
            onSession = () => void setImmediate((0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .guard */ .ah)(() => success(), malformed));
            setTimeout((0,_isolation_js__WEBPACK_IMPORTED_MODULE_4__/* .guard */ .ah)(() => success(), malformed), Math.min(SESSION_WAIT_MS, options.timeoutMs)).unref();
        }, malformed));
    });
}
/** Leaf first, following issuerCertificate until a root points at itself. */
function peerChain(peer) {
    const chain = [];
    const seen = new Set();
    let cert = peer;
    while (cert?.raw && !seen.has(cert.fingerprint256)) {
        seen.add(cert.fingerprint256);
        chain.push((0,_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .certificateInfo */ .qg)(cert.raw));
        cert = cert.issuerCertificate;
    }
    return chain;
}


/***/ }),

/***/ 96436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ schemeProbe),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   gf: () => (/* binding */ MIXED_CONTENT_ERRORS)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _remedies_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(20515);
// ws:// is plain text, and whether a browser may open it depends on the page (mixed content):
// an https page may not (measured: Chromium and Firefox throw before any traffic), an http page
// may, and loopback is exempt everywhere. The `origin` input says which page; without it the
// probe can only say both.


/** What the browsers throw at `new WebSocket('ws://…')` on an https page, word for word. */
const MIXED_CONTENT_ERRORS = {
    chromium: "SecurityError: Failed to construct 'WebSocket': An insecure WebSocket connection may not be initiated from a page loaded over HTTPS.",
    firefox: 'SecurityError: The operation is insecure.'
};
/** Loopback, which browsers exempt from mixed-content blocking: `localhost`, 127.0.0.0/8 and
 * ::1. `host` as in a URL, IPv6 with or without brackets. */
function isLoopbackHost(host) {
    const name = host
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '');
    if (name === 'localhost')
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name) === 4)
        return name.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name) === 6)
        return /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(name);
    return false;
}
const NO_TLS = 'TLS checks were skipped: this URL does not use TLS.';
const schemeProbe = {
    check: 'scheme',
    applies: ctx => ctx.target.endpoint !== undefined,
    run: ctx => {
        const endpoint = ctx.target.endpoint;
        if (endpoint.scheme === 'wss') {
            return [{ check: 'scheme', code: 'scheme-ok', status: 'pass', title: 'wss:// (TLS)' }];
        }
        return [plainScheme(endpoint, pageScheme(ctx.config.origin))];
    }
};
/** The page's scheme from the `origin` input: `https`, `http`, or unknown (absent, or another
 * scheme such as `null` or a file page). */
function pageScheme(origin) {
    if (origin === undefined)
        return undefined;
    try {
        const protocol = new URL(origin).protocol;
        if (protocol === 'https:')
            return 'https';
        if (protocol === 'http:')
            return 'http';
    }
    catch {
        // Not a URL: as if no origin were given.
    }
    return undefined;
}
function plainScheme(endpoint, page) {
    if (isLoopbackHost(endpoint.host)) {
        return {
            check: 'scheme',
            code: 'scheme-ws-loopback',
            status: 'pass',
            title: `ws:// to loopback (${endpoint.host}): browsers allow it from http and https pages alike`,
            details: [
                'Chromium and Firefox exempt loopback (localhost, 127.0.0.0/8, ::1) from mixed-content blocking.',
                NO_TLS
            ]
        };
    }
    if (page === 'https') {
        return {
            check: 'scheme',
            code: 'scheme-mixed-content',
            status: 'fail',
            title: 'Mixed content: an https page cannot open this ws:// URL; browsers block it before any traffic',
            details: [
                `Chromium: ${MIXED_CONTENT_ERRORS.chromium}`,
                `Firefox: ${MIXED_CONTENT_ERRORS.firefox}`,
                'The origin input names an https page; only wss:// (or loopback) is allowed there.',
                NO_TLS
            ],
            cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
            fix: (0,_remedies_js__WEBPACK_IMPORTED_MODULE_1__/* .plainWebSocketFix */ .vL)(endpoint)
        };
    }
    if (page === 'http') {
        return {
            check: 'scheme',
            code: 'scheme-ws-http-page',
            status: 'pass',
            title: 'ws:// from an http page: browsers allow it, but nothing is encrypted',
            details: [
                'The origin input names an http page: it may open ws:// URLs (an https page may not).',
                'No TLS: anyone on the path can read and change the frames.',
                NO_TLS
            ]
        };
    }
    return {
        check: 'scheme',
        code: 'scheme-ws-unknown-page',
        status: 'warn',
        title: 'Unencrypted ws:// endpoint: an https page cannot open it (mixed content); an http page can. Set origin to say which',
        details: [
            `From an https page: Chromium throws ${MIXED_CONTENT_ERRORS.chromium} Firefox throws ${MIXED_CONTENT_ERRORS.firefox}`,
            'From an http page the same URL opens.',
            NO_TLS
        ],
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
        fix: (0,_remedies_js__WEBPACK_IMPORTED_MODULE_1__/* .plainWebSocketFix */ .vL)(endpoint)
    };
}


/***/ }),

/***/ 76129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ apacheAnswer)
/* harmony export */ });
/* harmony import */ var _recognise_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7350);

const apacheAnswer = {
    id: 'apache',
    name: 'Apache httpd',
    recognise: _recognise_js__WEBPACK_IMPORTED_MODULE_0__/* .recogniseApache */ .q
};


/***/ }),

/***/ 7350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ claimsApache),
/* harmony export */   q: () => (/* binding */ recogniseApache)
/* harmony export */ });
/** `Apache`, `Apache/2.4.71 (Debian) OpenSSL/3.0.19` (ServerTokens Prod … Full), never Tomcat's
 * `Apache-Coyote/1.1`. httpd passes a backend's own Server header through and adds its own only
 * when the backend sent none; a 101 through mod_proxy_http carries no Server header at all. */
const SERVER = /^Apache(?:\/\d[^\s]*)?(?:\s.*)?$/;
/** The signature line of httpd's own error pages (ServerSignature On; Debian's default). */
const SIGNATURE = /<address>\s*(Apache(?:\/\d[^\s<]*)?[^<]{0,200}? Server at [^<]{1,200}?)\s*<\/address>/i;
function recogniseApache(evidence) {
    const server = evidence.headers['server']?.trim();
    if (server && SERVER.test(server) && !/^Apache-/i.test(server))
        return `Server: ${server}`;
    const signature = evidence.body ? SIGNATURE.exec(evidence.body) : null;
    if (signature)
        return `<address>${signature[1].replace(/\s+/g, ' ')}</address>`;
    return undefined;
}
/** Lines only httpd's configuration has: its sections, and directives in httpd's spelling. */
const APACHE_LINE = new RegExp([
    '^\\s*</?(VirtualHost|Directory|DirectoryMatch|Location|LocationMatch|Files|FilesMatch|IfModule|IfDefine|IfVersion|Proxy|ProxyMatch|Macro)\\b',
    '^\\s*(ProxyPass|ProxyPassMatch|ProxyPassReverse|ProxyPreserveHost|ProxyTimeout|SSLEngine|SSLCertificateFile|SSLCertificateKeyFile|SSLCertificateChainFile|SSLProtocol|SSLCipherSuite|LoadModule|RewriteEngine|RewriteRule|RewriteCond|ServerName|ServerAlias|DocumentRoot|Listen|AllowOverride|Require|Options)\\s+\\S'
].join('|'));
/** Lines of the other proxies' languages: nginx's `;` and braces, Caddy's and lighttpd's
 * braces, HAProxy's sections, lighttpd's `server.` settings. */
const FOREIGN_LINE = /[;{]\s*(#.*)?$|^\s*\}\s*$|^\s*(frontend|backend|defaults|global|listen)(\s|$)|^\s*(server|ssl|proxy|mod)\.[a-z.-]+\s*[+:]?=|^\s*\$(HTTP|SERVER)\[/;
/** A YAML mapping key at the start of a line (manifests, Compose files, values files). */
const YAML_KEY = /^[A-Za-z_][\w.-]*:(\s|$)|^---\s*$/;
function claimsApache(file) {
    let apache = 0;
    let foreign = 0;
    for (const line of file.text.split(/\r?\n/)) {
        if (/^\s*#/.test(line) || line.trim() === '')
            continue;
        if (YAML_KEY.test(line))
            return false;
        if (APACHE_LINE.test(line))
            apache++;
        else if (FOREIGN_LINE.test(line))
            foreign++;
    }
    return apache > 0 && apache > foreign;
}


/***/ }),

/***/ 54023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ caddyAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/caddy/recognise.ts
/** One printable line of server-supplied text, bounded. */
const oneLine = (value) => value
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, 200);
function recogniseCaddy(evidence) {
    const server = evidence.headers['server'];
    if (server !== undefined && /^caddy\b/i.test(server.trim()))
        return `Server: ${oneLine(server)}`;
    const via = evidence.headers['via'];
    if (via !== undefined && /(^|[\s,])\d(\.\d)?\s+caddy\b/i.test(via))
        return `Via: ${oneLine(via)}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/caddy/answer.ts

const caddyAnswer = {
    id: 'caddy',
    name: 'Caddy',
    recognise: recogniseCaddy
};


/***/ }),

/***/ 3135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ envoyAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/envoy/recognise.ts
const LOCAL_REPLIES = [
    /^upstream connect error or disconnect\/reset before headers\b/,
    /^no healthy upstream$/,
    /^upstream request timeout$/
];
/** Server-supplied text in an evidence line: one line, bounded. */
const quote = (value) => {
    const line = value.replace(/\s+/g, ' ').trim();
    return line.length > 100 ? `${line.slice(0, 100)}…` : line;
};
function recogniseEnvoy(evidence) {
    const server = evidence.headers['server']?.trim();
    if (server !== undefined && /^istio-envoy$/i.test(server))
        return `Server: ${quote(server)} (Istio's Envoy)`;
    if (server !== undefined && /^envoy$/i.test(server))
        return `Server: ${quote(server)}`;
    const envoyHeaders = Object.keys(evidence.headers)
        .filter(name => name.startsWith('x-envoy-') && evidence.headers[name] !== undefined)
        .sort((a, b) => Number(b === 'x-envoy-upstream-service-time') -
        Number(a === 'x-envoy-upstream-service-time'));
    if (envoyHeaders.length > 0)
        return `${envoyHeaders[0]}: ${quote(evidence.headers[envoyHeaders[0]] ?? '')}`;
    const body = (evidence.body ?? '').trim();
    if (LOCAL_REPLIES.some(reply => reply.test(body)))
        return `HTTP ${evidence.status ?? '?'} "${quote(body)}" (Envoy's local reply)`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/envoy/answer.ts

const envoyAnswer = {
    id: 'envoy',
    name: 'Envoy',
    recognise: recogniseEnvoy
};


/***/ }),

/***/ 64515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ h2oAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/h2o/recognise.ts
const SERVER = /^h2o(?:\/[0-9][\w.+-]*)?(?:\s|$)/i;
/** The bodies h2o 2.2 writes itself, by status (lib/core/proxy.c, lib/common/http1client.c). */
const ERROR_BODIES = {
    404: ['not found'],
    502: [
        'connection failed',
        'connection timeout',
        'I/O timeout',
        'I/O error (head)',
        'I/O error (send request)',
        'failed to parse the response',
        'invalid response from upstream',
        'internal error'
    ]
};
function recognise(evidence) {
    const server = evidence.headers['server']?.trim();
    if (server)
        return SERVER.test(server) ? `Server: ${server.slice(0, 100)}` : undefined;
    const bodies = evidence.status === undefined ? undefined : ERROR_BODIES[evidence.status];
    const type = evidence.headers['content-type']?.toLowerCase().replace(/\s+/g, '');
    const body = evidence.body?.trim();
    if (bodies && type === 'text/plain;charset=utf-8' && body !== undefined && bodies.includes(body))
        return `${evidence.status} "${body}" (h2o's own error page)`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/h2o/answer.ts

const h2oAnswer = {
    id: 'h2o',
    name: 'h2o',
    recognise: recognise
};


/***/ }),

/***/ 17509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ haproxyAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/haproxy/recognise.ts
const ERROR_PAGES = {
    400: 'Your browser sent an invalid request.',
    401: 'You need a valid user and password to access this content.',
    403: 'Request forbidden by administrative rules.',
    404: 'The resource could not be found.',
    405: 'A request was made of a resource using a request method not supported by that resource',
    407: 'You need a valid user and password to access this content.',
    408: "Your browser didn't send a complete request in time.",
    410: 'The resource is no longer available and will not be available again.',
    413: 'The request entity exceeds the maximum allowed.',
    421: 'Request sent to a non-authoritative server.',
    422: 'The server cannot process the contained instructions.',
    425: 'Your browser sent early data.',
    429: 'You have sent too many requests in a given amount of time.',
    500: 'An internal server error occurred.',
    501: '.The server does not support the functionality required to fulfill the request.',
    502: 'The server returned an invalid or incomplete response.',
    503: 'No server is available to handle this request.',
    504: "The server didn't respond in time."
};
const PAGE = /^<html><body><h1>(\d{3}) [^<\n]{1,40}<\/h1>\r?\n([^\n]*)\r?\n<\/body><\/html>\s*$/;
/** The evidence line when `evidence` is one of HAProxy's own error pages. */
function recogniseHaproxy(evidence) {
    const match = PAGE.exec(evidence.body?.trimStart() ?? '');
    if (!match)
        return undefined;
    const code = Number(match[1]);
    const sentence = ERROR_PAGES[code];
    if (sentence === undefined || match[2].trimEnd() !== sentence)
        return undefined;
    // Only HAProxy's own text is repeated: it is known, not whatever the server sent.
    return `HAProxy's built-in ${code} page ("${sentence}")`;
}

;// CONCATENATED MODULE: ./src/proxies/haproxy/answer.ts

const haproxyAnswer = {
    id: 'haproxy',
    name: 'HAProxy',
    recognise: recogniseHaproxy
};


/***/ }),

/***/ 17655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xE: () => (/* binding */ ANSWERING),
  ar: () => (/* binding */ recogniseProxy),
  gC: () => (/* binding */ withProxyFixes)
});

// EXTERNAL MODULE: ./src/proxies/apache/answer.ts
var answer = __nccwpck_require__(76129);
// EXTERNAL MODULE: ./src/proxies/caddy/answer.ts + 1 modules
var caddy_answer = __nccwpck_require__(54023);
// EXTERNAL MODULE: ./src/proxies/envoy/answer.ts + 1 modules
var envoy_answer = __nccwpck_require__(3135);
// EXTERNAL MODULE: ./src/proxies/h2o/answer.ts + 1 modules
var h2o_answer = __nccwpck_require__(64515);
// EXTERNAL MODULE: ./src/proxies/haproxy/answer.ts + 1 modules
var haproxy_answer = __nccwpck_require__(17509);
;// CONCATENATED MODULE: ./src/proxies/managed/evidence.ts
/** A header's value, trimmed; undefined when absent or empty. */
function header(evidence, name) {
    const value = evidence.headers[name.toLowerCase()]?.trim();
    return value ? value : undefined;
}
/** Cloudflare rewrites Server and adds CF-RAY to every answer it proxies: a mark from a load
 * balancer behind it (Via, an error page) is then not the proxy in front of the client. */
function behindCloudflare(evidence) {
    return (header(evidence, 'cf-ray') !== undefined ||
        header(evidence, 'server')?.toLowerCase() === 'cloudflare');
}
/** A header line for the evidence ("Server: awselb/2.0"), its server-supplied value cut short. */
function line(name, value) {
    return `${name}: ${value.length > 80 ? `${value.slice(0, 80)}…` : value}`;
}

;// CONCATENATED MODULE: ./src/proxies/iis/answer.ts

const SERVER = /^Microsoft-IIS\/[\d.]+$/i;
const ARR = /\bARR\/[\d.]+/i;
const ASPNET = /\bASP\.NET\b/i;
/** IIS signs Server with its version; X-Powered-By tells ARR (the reverse proxy) or ASP.NET
 * (IIS hosting the app). Server alone could be a default IIS page in front of something else. */
function recognise(evidence) {
    const server = header(evidence, 'server');
    const poweredBy = header(evidence, 'x-powered-by');
    if (!server || !SERVER.test(server) || !poweredBy)
        return undefined;
    if (!ARR.test(poweredBy) && !ASPNET.test(poweredBy))
        return undefined;
    return `${line('Server', server)}, ${line('X-Powered-By', poweredBy)}`;
}
const iisAnswer = {
    id: 'iis',
    name: 'IIS',
    recognise
};

// EXTERNAL MODULE: ./src/proxies/ingress/answer.ts
var ingress_answer = __nccwpck_require__(97092);
// EXTERNAL MODULE: ./src/proxies/lighttpd/answer.ts + 1 modules
var lighttpd_answer = __nccwpck_require__(13070);
;// CONCATENATED MODULE: ./src/proxies/managed/aws-alb.ts

/** The ALB's own answers (its 4xx/5xx pages) carry this Server; a target's answers carry the
 * target's own Server, so a 101 through an ALB rarely shows it. */
const aws_alb_SERVER = /^awselb\/2\.0$/i;
/** ALB error pages end with this line in their body. */
const BODY_MARK = /<center>awselb\/2\.0<\/center>/i;
function aws_alb_recognise(evidence) {
    const server = header(evidence, 'server');
    if (server && aws_alb_SERVER.test(server))
        return line('Server', server);
    // A page passed through Cloudflare keeps the ALB's body but not its Server: the client talks
    // to Cloudflare then, not to the ALB.
    if (evidence.body && BODY_MARK.test(evidence.body) && !behindCloudflare(evidence))
        return `${evidence.status ?? 'error'} page signed awselb/2.0`;
    return undefined;
}
const awsAlb = {
    id: 'aws-alb',
    name: 'AWS Application Load Balancer',
    recognise: aws_alb_recognise
};

;// CONCATENATED MODULE: ./src/proxies/managed/cloudflare.ts

/** Cloudflare names itself in Server and stamps every answer with CF-RAY; both, or it is not sure. */
function cloudflare_recognise(evidence) {
    const server = header(evidence, 'server');
    const ray = header(evidence, 'cf-ray');
    if (server?.toLowerCase() !== 'cloudflare' || !ray)
        return undefined;
    return `${line('Server', server)}, ${line('CF-RAY', ray)}`;
}
const cloudflare = {
    id: 'cloudflare',
    name: 'Cloudflare',
    recognise: cloudflare_recognise
};

;// CONCATENATED MODULE: ./src/proxies/managed/google-lb.ts

/** One element of Via ("1.1 google", maybe among others). */
const VIA_GOOGLE = /(^|,)\s*1\.1 google\s*(,|$)/i;
/** Via names the LB; "Server: Google Frontend" alone is also what Cloud Run and App Engine send
 * (with other limits), so it only adds to the evidence when Via is there. Behind Cloudflare the
 * client talks to Cloudflare, and Google's Via just passed through. */
function google_lb_recognise(evidence) {
    const via = header(evidence, 'via');
    if (!via || !VIA_GOOGLE.test(via) || behindCloudflare(evidence))
        return undefined;
    const server = header(evidence, 'server');
    return server?.toLowerCase() === 'google frontend'
        ? `${line('Via', via)}, ${line('Server', server)}`
        : line('Via', via);
}
const googleLb = {
    id: 'google-lb',
    name: 'Google Cloud Application Load Balancer',
    recognise: google_lb_recognise
};

// EXTERNAL MODULE: ./src/proxies/nginx/answer.ts
var nginx_answer = __nccwpck_require__(88225);
// EXTERNAL MODULE: ./src/proxies/traefik/answer.ts + 1 modules
var traefik_answer = __nccwpck_require__(44250);
;// CONCATENATED MODULE: ./src/proxies/index.ts













/** Managed services first: Cloudflare in front of an ALB answers as Cloudflare, and an nginx
 * behind a load balancer is not the one whose settings cut the client's socket. Only what a
 * live answer needs is loaded here; fixes go to ./fixes.ts, loaded when a finding has a problem,
 * and files to ./files.ts, loaded when config-paths is set. */
const ANSWERING = [
    cloudflare,
    awsAlb,
    googleLb,
    iisAnswer,
    nginx_answer/* nginxAnswer */.d,
    haproxy_answer/* haproxyAnswer */.G,
    answer/* apacheAnswer */.n,
    caddy_answer/* caddyAnswer */.Q,
    lighttpd_answer/* lighttpdAnswer */.v,
    h2o_answer/* h2oAnswer */.M,
    traefik_answer/* traefikAnswer */.D,
    envoy_answer/* envoyAnswer */.Y,
    ingress_answer/* ingressAnswer */.K
];
/** The proxy that sent this answer, when one can be told from it. */
function recogniseProxy(evidence) {
    for (const proxy of ANSWERING) {
        const seen = proxy.recognise(evidence);
        if (seen)
            return { id: proxy.id, name: proxy.name, evidence: seen };
    }
    return undefined;
}
/** Findings with a problem get their fix in the words of `proxy` (fixes.ts, a chunk of its own:
 * a healthy target's findings have no problem, and its run never loads the fix texts). */
async function withProxyFixes(findings, proxy) {
    if (!findings.some(finding => finding.problem))
        return findings;
    const { withFixesOf } = await Promise.all(/* import() */[__nccwpck_require__.e(507), __nccwpck_require__.e(176)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64176));
    return withFixesOf(findings, proxy);
}


/***/ }),

/***/ 97092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ingressAnswer)
/* harmony export */ });
const ingressAnswer = {
    id: 'ingress-nginx',
    name: 'Kubernetes Ingress (ingress-nginx)',
    /** ingress-nginx answers with nginx's Server header and error pages (and its default backend's
     * 404 is nginx's too): nothing sets it apart from nginx in an answer, so it never claims one. */
    recognise: () => undefined
};


/***/ }),

/***/ 13070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ lighttpdAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/lighttpd/recognise.ts
const SERVER = /^lighttpd(\/[\w.-]+)?(\s|$)/i;
/** lighttpd's built-in error page (http_response_static_errdoc). */
const ERROR_PAGE = /^<\?xml version="1\.0" encoding="iso-8859-1"\?>\s*<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML 1\.0 Transitional\/\/EN"\s+"http:\/\/www\.w3\.org\/TR\/xhtml1\/DTD\/xhtml1-transitional\.dtd">\s*<html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" xml:lang="en" lang="en">\s*<head>\s*<title>(\d{3} [^<]{0,80})<\/title>\s*<\/head>\s*<body>\s*<h1>\1<\/h1>\s*<\/body>\s*<\/html>\s*$/;
function recogniseLighttpd(evidence) {
    const server = evidence.headers['server']?.trim();
    if (server && SERVER.test(server))
        return `Server: ${server.slice(0, 100)}`;
    const page = evidence.body === undefined ? undefined : ERROR_PAGE.exec(evidence.body.trim());
    if (page)
        return `lighttpd's built-in error page (${page[1]})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/lighttpd/answer.ts

const lighttpdAnswer = {
    id: 'lighttpd',
    name: 'lighttpd',
    recognise: recogniseLighttpd
};


/***/ }),

/***/ 88225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ nginxAnswer)
/* harmony export */ });
const nginxAnswer = {
    id: 'nginx',
    name: 'nginx',
    recognise(evidence) {
        const server = evidence.headers.server;
        // ingress-nginx and OpenResty answer as nginx too: the configuration language is the same.
        if (server && /^(nginx|openresty)\b/i.test(server))
            return `Server: ${server}`;
        const page = evidence.body && /<center>(nginx|openresty)(\/[\d.]+)?<\/center>/i.exec(evidence.body);
        if (page)
            return `error page signed "${page[1]}${page[2] ?? ''}"`;
        return undefined;
    }
};


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ basePath),
/* harmony export */   O: () => (/* binding */ fixTimeoutSeconds)
/* harmony export */ });
/** The location of a WebSocket path, as most proxies match it: the path without its query. */
function basePath(path) {
    return path.split('?')[0] || '/';
}
/** Seconds to write into a timeout fix: an hour, or twice idle-timeout when that is longer. */
function fixTimeoutSeconds(idleTimeoutMs) {
    return Math.max(3600, Math.ceil((2 * idleTimeoutMs) / 1000));
}


/***/ }),

/***/ 44250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ traefikAnswer)
});

;// CONCATENATED MODULE: ./src/proxies/traefik/recognise.ts
const PROXY_ERRORS = { 502: 'Bad Gateway', 504: 'Gateway Timeout' };
function recogniseTraefik(evidence) {
    // A Server header is the backend's or another proxy's: Traefik sends none of its own.
    if (evidence.headers['server'] !== undefined)
        return undefined;
    const body = evidence.body ?? '';
    if (evidence.status === 503 && body.trim() === 'no available server')
        return 'HTTP 503 "no available server" without a Server header (Traefik: no healthy server)';
    const statusText = evidence.status === undefined ? undefined : PROXY_ERRORS[evidence.status];
    if (statusText !== undefined &&
        body === statusText &&
        /^text\/plain/i.test(evidence.headers['content-type'] ?? '') &&
        evidence.headers['x-content-type-options'] === undefined)
        return `HTTP ${evidence.status} "${statusText}" without a Server header (Traefik's proxy error)`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/traefik/answer.ts

const traefikAnswer = {
    id: 'traefik',
    name: 'Traefik',
    recognise: recogniseTraefik
};


/***/ }),

/***/ 20515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ reissueFix),
/* harmony export */   JV: () => (/* binding */ allowOriginFix),
/* harmony export */   Ko: () => (/* binding */ subprotocolFix),
/* harmony export */   M5: () => (/* binding */ authenticationFix),
/* harmony export */   _z: () => (/* binding */ renewalFix),
/* harmony export */   fx: () => (/* binding */ notYetValidFix),
/* harmony export */   gD: () => (/* binding */ checkOriginFix),
/* harmony export */   gP: () => (/* binding */ weakSignatureFix),
/* harmony export */   il: () => (/* binding */ trustedCertificateFix),
/* harmony export */   jD: () => (/* binding */ alpnFix),
/* harmony export */   kx: () => (/* binding */ coverHostnameFix),
/* harmony export */   ls: () => (/* binding */ unknownIssuerFix),
/* harmony export */   vL: () => (/* binding */ plainWebSocketFix),
/* harmony export */   yH: () => (/* binding */ sourceSchemeFix)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// The fixes that do not depend on the proxy in front (certificates, the page's scheme, the
// application's own checks), filled in with the target's real names. Pure text builders; what a
// proxy must change is a Problem that src/proxies/ words for the proxy in front.

/** Fix 1: a certificate that covers the WebSocket hostname (certbot -d lines, or a wildcard). */
function coverHostnameFix(host, covered) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0) {
        return {
            text: `Issue a certificate with an IP address SAN for ${host} (public CAs rarely do), or connect by a host name the certificate covers.`
        };
    }
    // Names come from the server's certificate: only plain DNS names go into a command to paste.
    const dnsNames = covered.filter(n => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(n));
    const names = [...new Set([...dnsNames, host])];
    const labels = host.split('.');
    const parent = labels.slice(1).join('.');
    const lines = [
        '# Include the WebSocket host name in the certificate:',
        `certbot certonly --webroot -w /var/www/html ${names.map(n => `-d ${n}`).join(' ')}`
    ];
    if (labels.length >= 3) {
        lines.push(`# Or a wildcard, which covers every name one label below ${parent} (not deeper):`, `certbot certonly --dns-cloudflare -d '*.${parent}' -d ${parent}`);
    }
    return {
        text: `Reissue the certificate so that its Subject Alternative Names include ${host}, then install it (its fullchain.pem) where the TLS endpoint reads it and reload it.`,
        code: { lang: 'bash', text: lines.join('\n') }
    };
}
/** Self-signed or privately issued: a public CA in production, `ca-file` for internal services. */
function trustedCertificateFix(host) {
    return {
        text: `Browsers only trust certificates from a public CA: use one (for example Let's Encrypt) for ${host}. For an internal service whose clients trust your own CA, give that CA to wss-doctor with the ca-file input (never in production for browsers).`,
        code: {
            lang: 'bash',
            text: `certbot certonly --webroot -w /var/www/html -d ${host}\n# internal CA instead, in the workflow step:\n#   with:\n#     ca-file: certs/internal-ca.pem`
        }
    };
}
/** Expired or close to it: renew and automate renewal. */
function renewalFix(host) {
    return {
        text: `Renew the certificate for ${host} and automate renewal so it cannot lapse (certbot's systemd timer, or ACM), then reload the server.`,
        code: {
            lang: 'bash',
            text: `certbot renew --cert-name ${host}\nsystemctl enable --now certbot.timer`
        }
    };
}
function notYetValidFix() {
    return {
        text: "The certificate's validity starts in the future: check the clock of the machine that issued it and of the server (NTP), or reissue it."
    };
}
/** Fix 3: derive the WebSocket scheme from the page, and serve wss://. */
function plainWebSocketFix(endpoint) {
    return {
        text: `Serve this endpoint over TLS (wss://${endpoint.host}${endpoint.path}) and let pages derive the scheme from their own protocol.`,
        code: {
            lang: 'javascript',
            text: "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://" +
                `${endpoint.host}${endpoint.path}` +
                '`)'
        }
    };
}
/** Fix 3 for a ws:// URL written in the source: the page's protocol chooses the scheme.
 * `rest` is what followed `ws://` (template-literal text), `concatenated` the code after a
 * `+`, `envKey` the .env key that holds the URL. */
function sourceSchemeFix(rest, concatenated, envKey) {
    const url = `\`\${proto}://${rest}\`${concatenated !== undefined ? ` + ${concatenated}` : ''}`;
    const setting = envKey ? ` Or set ${envKey}=wss://${rest} and serve the endpoint over TLS.` : '';
    return {
        text: `Derive the scheme from the page's protocol, so that an https page opens wss:// (the endpoint must serve TLS).${setting}`,
        code: {
            lang: 'javascript',
            text: `const proto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(${url})`
        }
    };
}
/** ALPN without http/1.1: WebSockets need HTTP/1.1 (or RFC 8441 over HTTP/2). */
function alpnFix() {
    return {
        text: 'Let the TLS endpoint negotiate http/1.1 for WebSocket clients (nginx and most proxies do by default; check the CDN or load balancer ALPN policy), or enable WebSockets over HTTP/2 (extended CONNECT, SETTINGS_ENABLE_CONNECT_PROTOCOL).'
    };
}
function allowOriginFix(origin) {
    return {
        text: `Add ${origin} to the server's list of allowed origins (ws: verifyClient; Socket.IO: cors.origin; a proxy: its Origin rule), or check that the origin input is the page the browser really loads.`
    };
}
function checkOriginFix() {
    return {
        text: 'Check the Origin header of every upgrade request against an allow-list of your own sites and answer 403 otherwise (ws: verifyClient; Socket.IO: cors.origin; nginx: a map on $http_origin). Cookies ride along with a cross-site upgrade.'
    };
}
function subprotocolFix(offered) {
    return {
        text: `Make the server accept one of the subprotocols clients offer (${offered.join(', ') || 'none offered'}) and answer it in Sec-WebSocket-Protocol, or change the subprotocols input to what the server speaks.`
    };
}
function authenticationFix() {
    return {
        text: 'The endpoint wants credentials: pass them with the headers input (for example "Authorization: Bearer ${{ secrets.WS_TOKEN }}"); header values are masked in the log.'
    };
}
/** A revoked certificate: a new one, installed, and the server reloaded. */
function reissueFix(host) {
    return {
        text: `Issue a new certificate for ${host} (with a new key if the old one was compromised), install it and reload the server.`,
        code: {
            lang: 'bash',
            text: `certbot certonly --webroot -w /var/www/html --force-renewal -d ${host}\n# then reload the TLS endpoint (nginx, HAProxy, Apache…) so that it serves the new one`
        }
    };
}
/** The issuer was not sent and is not trusted: a missing intermediate, or an untrusted root. */
function unknownIssuerFix(host, issuer) {
    return {
        text: `Find out what "${issuer}" is. If it is an intermediate CA, serve the full chain (leaf, then intermediates). If it is a root CA (a TLS-intercepting proxy, a development CA such as mkcert, a private CA), browsers will never trust it: use a certificate from a public CA for ${host}, or, for an internal service whose clients trust that CA, give it to wss-doctor with the ca-file input.`
    };
}
/** A SHA-1 or MD5 signature in the chain: a certificate (or intermediate) signed with SHA-256. */
function weakSignatureFix(host, leafIsWeak) {
    return leafIsWeak
        ? {
            text: `Reissue the certificate for ${host}: every public CA signs with SHA-256 or better.`,
            code: {
                lang: 'bash',
                text: `certbot certonly --webroot -w /var/www/html --force-renewal -d ${host}`
            }
        }
        : {
            text: "Serve the CA's current intermediate (signed with SHA-256) in the chain: take a fresh fullchain.pem from the CA instead of an old intermediate file."
        };
}


/***/ }),

/***/ 97844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ reasonName),
/* harmony export */   y: () => (/* binding */ decides)
/* harmony export */ });
/** Good or revoked: the answer holds, and no other source need be asked. */
function decides(answer) {
    return answer.status === 'good' || answer.status === 'revoked';
}
const REASONS = {
    0: 'unspecified',
    1: 'keyCompromise',
    2: 'cACompromise',
    3: 'affiliationChanged',
    4: 'superseded',
    5: 'cessationOfOperation',
    6: 'certificateHold',
    8: 'removeFromCRL',
    9: 'privilegeWithdrawn',
    10: 'aACompromise'
};
function reasonName(reason) {
    if (reason === undefined)
        return undefined;
    const code = typeof reason === 'number' ? reason : reason.reason;
    return REASONS[code] ?? `reason ${code}`;
}


/***/ }),

/***/ 31382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ PAGE_SCAN),
/* harmony export */   I: () => (/* binding */ PROXY_CONFIG_SCAN),
/* harmony export */   VI: () => (/* binding */ BROWSER_SCAN),
/* harmony export */   WK: () => (/* binding */ SOURCE_SCAN)
/* harmony export */ });
const SOURCE_SCAN = {
    check: 'source',
    phase: 'before',
    applies: config => config.scanPaths.length > 0
};
const PAGE_SCAN = {
    check: 'page',
    phase: 'before',
    applies: config => config.pageUrls.length > 0
};
const PROXY_CONFIG_SCAN = {
    check: 'proxy-config',
    phase: 'before',
    applies: config => config.configPaths.length > 0
};
const BROWSER_SCAN = {
    check: 'browser',
    phase: 'after',
    applies: config => config.browser === 'chromium'
};


/***/ }),

/***/ 27194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   Hs: () => (/* binding */ redactUnparsedUrl),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   cT: () => (/* binding */ withoutSecrets),
/* harmony export */   n3: () => (/* binding */ headerSecrets)
/* harmony export */ });
// Secrets the user gave (header values, URL passwords, token query values): collected once by
// config.ts, masked in everything wss-doctor writes, and sent only over a verified connection.
/** Values of these headers carry a credential after an auth scheme ("Bearer X"): X alone is
 * masked too, since a server may echo it back without the scheme. */
const AUTH_HEADERS = /^(authorization|proxy-authorization)$/i;
/** The values to mask for a set of request headers: each whole value, and the credential
 * part of Authorization-style values and of cookies. */
function headerSecrets(headers) {
    const secrets = [];
    for (const [name, value] of Object.entries(headers)) {
        if (value === '')
            continue;
        secrets.push(value);
        if (AUTH_HEADERS.test(name)) {
            const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
            if (credential)
                secrets.push(credential);
        }
        if (/^cookie$/i.test(name)) {
            for (const pair of value.split(';')) {
                const cookie = pair.slice(pair.indexOf('=') + 1).trim();
                if (pair.includes('=') && cookie)
                    secrets.push(cookie);
            }
        }
    }
    return secrets;
}
/** `text` with every secret replaced by ***, longest first (a secret may contain another). */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret !== '')
            masked = masked.split(secret).join('***');
    }
    return masked;
}
/** Query parameters whose values are credentials (`?token=…`, `?access_token=…`, `?sig=…`). */
const SECRET_PARAM = /token|key|secret|auth|pass|sig|session|code|jwt|credential/i;
/** decodeURIComponent that keeps text it cannot decode (`100%pure` is a valid password). */
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Every form in which a URL's secrets may show up: as written, and decoded. */
function urlSecrets(url) {
    const secrets = [];
    if (url.password)
        secrets.push(url.password, decoded(url.password));
    for (const [name, value] of url.searchParams) {
        if (value && SECRET_PARAM.test(name))
            secrets.push(value, encodeURIComponent(value));
    }
    return [...new Set(secrets)];
}
/** The URL as reports show it: the password and token-like query values replaced by ***. */
function redactUrl(url) {
    const copy = new URL(url.href);
    if (copy.password)
        copy.password = '***';
    for (const name of [...copy.searchParams.keys()]) {
        if (SECRET_PARAM.test(name) && copy.searchParams.get(name))
            copy.searchParams.set(name, '***');
    }
    return copy.href.replace(/%2A%2A%2A/g, '***');
}
/** The URL with its secrets removed, for a session they may not travel in (a certificate
 * that did not verify, clear-text ws://): no userinfo, no token-like query parameters. */
function withoutSecrets(url) {
    const copy = new URL(url.href);
    copy.username = '';
    copy.password = '';
    for (const name of [...copy.searchParams.keys()]) {
        if (SECRET_PARAM.test(name))
            copy.searchParams.delete(name);
    }
    return copy.href;
}
/** Text that did not parse as a URL, with what looks like a password (`//user:pass@`) or a
 * token parameter (`token=…`) redacted, and those values to mask. */
function redactUnparsedUrl(text) {
    const secrets = [];
    const redacted = text
        // Whatever stands between a `:` and an `@` (or their escapes) may be a password, with or
        // without `//` before it (`wss::pw@host`): redacting too much is the safe side.
        .replace(/(:|%3A)((?:(?!%3A|%40)[^/?#\s:@])+)(@|%40)/gi, (_, colon, password, at) => {
        secrets.push(password, decoded(password));
        return `${colon}***${at}`;
    })
        .replace(/([?&;]([^=&#\s]*)=)([^&#\s?]+)/g, (all, head, name, value) => {
        if (!SECRET_PARAM.test(name))
            return all;
        secrets.push(value, decoded(value));
        return `${head}***`;
    });
    return { text: redacted, secrets: [...new Set(secrets)] };
}


/***/ }),

/***/ 38993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ parseTargetsFile),
/* harmony export */   LJ: () => (/* binding */ toTarget),
/* harmony export */   Z5: () => (/* binding */ canonicalAddress),
/* harmony export */   jC: () => (/* binding */ splitUrlsInput),
/* harmony export */   oO: () => (/* binding */ resolveKey),
/* harmony export */   qK: () => (/* binding */ parseResolve)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(27194);
// Target lists (the `urls` input, a targets file) and `resolve` overrides → Target[].
// Never throws for a bad entry: it becomes a Target with a `problem`.



/** Split the `urls` input: newlines or commas; blank entries and `#` comments skipped. */
function splitUrlsInput(text) {
    return text
        .split(/[\n,]/)
        .map(s => stripComment(s))
        .filter(s => s !== '')
        .map(s => ({ text: s }));
}
/** One target a line; the entry keeps its line number so findings can be annotated there. */
function parseTargetsFile(text, file) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const s = stripComment(raw);
        if (s !== '')
            entries.push({ text: s, source: { file, line: i + 1 } });
    });
    return entries;
}
// A `#` starts a comment at the start of a line or after whitespace (a URL fragment is invalid
// for WebSockets anyway, and is reported when it is glued to the URL).
function stripComment(line) {
    return line.replace(/(^|\s)#.*$/, '').trim();
}
function parseResolve(text) {
    const addresses = new Map();
    const problems = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^([^:\s]+):(\d{1,5}):(\S+)$/.exec(line);
        const list = (m?.[3] ?? '').split(',').map(a => a.replace(/^\[(.*)\]$/, '$1'));
        const port = Number(m?.[2]);
        if (!m || list.some(a => (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(a) === 0) || port < 1 || port > 65535) {
            problems.push({
                label: `resolve ${line}`,
                problem: `Malformed resolve entry "${line}": expected host:port:address[,address] with IPv4 or IPv6 addresses, e.g. api.example.com:443:203.0.113.7`
            });
            continue;
        }
        const key = resolveKey(m[1], port);
        // One address spelled many ways (::ffff:127.0.0.1, 0:0:0:0:0:ffff:7f00:1) is one address.
        addresses.set(key, [...new Set([...(addresses.get(key) ?? []), ...list.map(canonicalAddress)])]);
    }
    return { addresses, problems };
}
/** The host as the URL parser writes it (an IDN in punycode, lower case), so that a resolve
 * line written in Unicode meets its URL. */
function resolveKey(host, port) {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    const ascii = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(bare) === 0 ? (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(bare) : '';
    return `${ascii || bare.toLowerCase()}:${port}`;
}
/** An IP address by value: IPv6 compressed and lower case, an IPv4-mapped IPv6 address as the
 * IPv4 address it reaches. */
function canonicalAddress(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) !== 6)
        return address;
    const v6 = new URL(`http://[${address}]/`).hostname.slice(1, -1);
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
    if (!mapped)
        return v6;
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
// Lower-case after URL parsing; IDNs arrive as punycode (xn--…).
const DNS_NAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*\.?$/;
/** One list entry → a Target. URLs must be ws:// or wss://, with a host and no fragment. */
function toTarget(entry, resolve) {
    const { text, source } = entry;
    const found = entry.foundOn ? { foundOn: entry.foundOn } : {};
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Still masked: a URL can fail to parse and yet carry a password or a token.
        const shown = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUnparsedUrl */ .Hs)(text);
        return {
            target: {
                label: shown.text,
                source,
                problem: `Malformed URL "${shown.text}": not an absolute URL (expected wss://host[:port]/path)`
            },
            secrets: shown.secrets
        };
    }
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .urlSecrets */ .Fn)(url);
    const label = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url);
    const shown = new URL(label);
    // An entry that is no endpoint is echoed: what looks like a password anywhere in it (a
    // `:…@` in a path, a fragment, an odd scheme) is redacted and masked first.
    const problem = (text) => {
        const echoed = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUnparsedUrl */ .Hs)(label);
        const explained = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUnparsedUrl */ .Hs)(text);
        return {
            target: { label: echoed.text, source, problem: explained.text },
            secrets: [...new Set([...secrets, ...echoed.secrets, ...explained.secrets])]
        };
    };
    const scheme = url.protocol.slice(0, -1);
    if (scheme !== 'wss' && scheme !== 'ws') {
        const hint = scheme === 'https' || scheme === 'http'
            ? ` Use ${scheme === 'https' ? 'wss' : 'ws'}://${url.host}${url.pathname}`
            : '';
        return problem(`Not a WebSocket URL: scheme "${scheme}:" (expected wss:// or ws://).${hint}`);
    }
    if (url.hostname === '')
        return problem('URL has no host name');
    if (url.hash !== '')
        return problem('URL has a fragment (#…): browsers refuse WebSocket URLs with fragments');
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 0 && !DNS_NAME.test(host)) {
        return problem(`Invalid host name "${host}": only letters, digits, hyphens and dots are allowed`);
    }
    const port = url.port === '' ? (scheme === 'wss' ? 443 : 80) : Number(url.port);
    return {
        target: {
            label,
            source,
            ...found,
            endpoint: {
                url: label,
                scheme,
                host,
                port,
                path: `${shown.pathname}${shown.search}`,
                addresses: resolve.addresses.get(resolveKey(host, port)) ?? []
            },
            ...(secrets.length > 0 ? { secretUrl: url.href } : {})
        },
        secrets
    };
}


/***/ }),

/***/ 18327:
/***/ ((module) => {

module.exports = eval("require")("bufferutil");


/***/ }),

/***/ 62414:
/***/ ((module) => {

module.exports = eval("require")("utf-8-validate");


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 52977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   zu: () => (/* reexport default export from named module */ _lib_websocket_server_js__WEBPACK_IMPORTED_MODULE_7__)
/* harmony export */ });
/* harmony import */ var _lib_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(86412);
/* harmony import */ var _lib_extension_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(61335);
/* harmony import */ var _lib_permessage_deflate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4376);
/* harmony import */ var _lib_receiver_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(20893);
/* harmony import */ var _lib_sender_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7389);
/* harmony import */ var _lib_subprotocol_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(43332);
/* harmony import */ var _lib_websocket_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(56681);
/* harmony import */ var _lib_websocket_server_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(70129);











/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (_lib_websocket_js__WEBPACK_IMPORTED_MODULE_6__);


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map