#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

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

/***/ 37318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62944);
// The `wss-doctor` command's entry point (package.json "bin" → dist/cli/index.js).

// A reader that stops early (`wss-doctor … | head`) closes the pipe: the rest of the report has
// nowhere to go, which is no error of the run. Writes after that are dropped quietly.
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
        process.stdout.destroy();
        return;
    }
    throw err;
});
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 62944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/config.ts + 4 modules
var src_config = __nccwpck_require__(67340);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
// EXTERNAL MODULE: ./src/facts.ts
var src_facts = __nccwpck_require__(632);
;// CONCATENATED MODULE: ./src/findings.ts
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

;// CONCATENATED MODULE: ./src/concurrency.ts
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

// EXTERNAL MODULE: ./src/isolation.ts + 1 modules
var isolation = __nccwpck_require__(70782);
// EXTERNAL MODULE: ./src/dates.ts
var dates = __nccwpck_require__(37718);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
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
function judgeHostname(host, leaf) {
    const identity = {
        subject: leaf.commonName === undefined ? undefined : { CN: leaf.commonName },
        subjectaltname: leaf.subjectAltNames.join(', ')
    };
    const mismatch = external_node_tls_default().checkServerIdentity(host, identity);
    const names = (0,src_facts/* coveredNames */.V7)(leaf);
    const covers = names.length > 0 ? names.join(', ') : `no SAN; CN=${leaf.commonName ?? '(none)'}`;
    const unicode = (0,external_node_url_.domainToUnicode)(host);
    const idn = unicode && unicode !== host
        ? [`${host} is the IDN ${unicode} in punycode; certificates name it in punycode.`]
        : [];
    const dnsSans = leaf.subjectAltNames.filter(san => san.startsWith('DNS:'));
    if (!mismatch && dnsSans.length === 0 && (0,external_node_net_.isIP)(host) === 0) {
        return {
            check: 'hostname',
            status: 'fail',
            title: `${host} is only in the certificate's CN: it has no Subject Alternative Name, which browsers require`,
            details: [`CN=${leaf.commonName}; no DNS SAN.`, BROWSER_SYMPTOM, ...idn],
            cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN): modern clients ignore the CN',
            fix: (0,remedies/* coverHostnameFix */.kx)(host, []),
            problem: { kind: 'certificate', host }
        };
    }
    if (!mismatch) {
        return {
            check: 'hostname',
            status: 'pass',
            title: `Certificate covers ${host}`,
            details: [`Names: ${covers}`, ...idn]
        };
    }
    return {
        check: 'hostname',
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
        return findings.length > 0
            ? findings
            : [
                {
                    check: 'addresses',
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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

;// CONCATENATED MODULE: ./src/probes/breaks.ts
function breaks(who, note) {
    return `Breaks: ${who}${note ? ` (${note})` : ''}.`;
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/probes/handshake.ts
// One TLS handshake against an endpoint: captures the chain, protocol, cipher and Node's
// verdict, or says precisely how and where the connection failed. Bounded by `timeoutMs` and
// by the run's deadline; whatever the server sends, a malformed answer is a failure, not a throw.





const SESSION_WAIT_MS = 100;
function handshake(endpoint, options) {
    return new Promise(resolve => {
        const started = external_node_perf_hooks_namespaceObject.performance.now();
        const connectTo = options.address ?? endpoint.addresses[0] ?? endpoint.host;
        let phase = (0,external_node_net_.isIP)(connectTo) === 0 ? 'dns' : 'tcp';
        const failure = (code, message) => ({
            ok: false,
            failure: { address: address(), phase, code, message }
        });
        // Every listener that sees the server's bytes fails this handshake instead of throwing.
        const malformed = (err) => finish(failure(isolation/* MALFORMED_PEER_DATA */.o9, err.message));
        const connectOptions = {
            host: connectTo,
            port: endpoint.port,
            servername: (0,external_node_net_.isIP)(endpoint.host) === 0 ? endpoint.host : undefined,
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
        const socket = external_node_tls_default().connect(connectOptions);
        let ocspStaple;
        socket.once('OCSPResponse', (0,isolation/* guard */.ah)((response) => (ocspStaple = response), malformed));
        const { finish, stopTimer } = (0,isolation/* settleOnce */.Tq)(resolve, {
            timeoutMs: options.timeoutMs,
            expire: failure,
            release: result => {
                if (result.ok && options.keepConnection && !socket.destroyed)
                    result.connection = socket;
                else
                    socket.destroy();
            }
        });
        const address = () => socket.remoteAddress ?? ((0,external_node_net_.isIP)(connectTo) ? connectTo : undefined);
        socket.once('lookup', () => (phase = 'tcp'));
        socket.once('connect', () => (phase = 'tls'));
        // `on`, not `once`: a late second error must not become an uncaught exception.
        const onError = (err) => {
            // After the handshake, the facts stand: the error is one of them (TLS 1.3's
            // certificate_required alert arrives only after the client's Finished).
            if (afterHandshake)
                return afterHandshake(err.code ?? 'ERROR');
            finish(failure(err.code ?? 'ERROR', err.message));
        };
        let afterHandshake;
        socket.on('error', onError);
        let session;
        let onSession;
        socket.on('session', (0,isolation/* guard */.ah)((ticket) => {
            session = ticket;
            onSession?.();
        }, malformed));
        socket.once('secureConnect', (0,isolation/* guard */.ah)(() => {
            const cipher = socket.getCipher();
            const ephemeral = socket.getEphemeralKeyInfo();
            const handshakeMs = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
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
            onSession = () => void setImmediate((0,isolation/* guard */.ah)(() => success(), malformed));
            setTimeout((0,isolation/* guard */.ah)(() => success(), malformed), Math.min(SESSION_WAIT_MS, options.timeoutMs)).unref();
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
        chain.push((0,src_facts/* certificateInfo */.qg)(cert.raw));
        cert = cert.issuerCertificate;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/probes/ciphers.ts


/** What current Chrome and Firefox both offer: OpenSSL's name → the IANA name Node reports. */
const BROWSER_SUITES = {
    TLS_AES_128_GCM_SHA256: 'TLS_AES_128_GCM_SHA256',
    TLS_AES_256_GCM_SHA384: 'TLS_AES_256_GCM_SHA384',
    TLS_CHACHA20_POLY1305_SHA256: 'TLS_CHACHA20_POLY1305_SHA256',
    'ECDHE-ECDSA-AES128-GCM-SHA256': 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256': 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384': 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384': 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305': 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'ECDHE-RSA-CHACHA20-POLY1305': 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    'ECDHE-ECDSA-AES128-SHA': 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
    'ECDHE-RSA-AES128-SHA': 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    'ECDHE-ECDSA-AES256-SHA': 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
    'ECDHE-RSA-AES256-SHA': 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'
};
/** The groups offered (OpenSSL names), and the names Node reports for what browsers offer;
 * X25519MLKEM768 is the hybrid both browsers (and Node 24) put first. */
const BROWSER_GROUPS = 'X25519:P-256:P-384';
const BROWSER_GROUP_NAMES = new Set(['X25519', 'prime256v1', 'secp384r1', 'X25519MLKEM768']);
const BROWSER_SUITE_NAMES = new Set(Object.values(BROWSER_SUITES));
/** At most this many handshakes per kind (DHE, static RSA) to list what the server takes. */
const MAX_PER_KIND = 2;
/** The common DHE and static-RSA suites, IANA → OpenSSL name: a suite seen is left out of the
 * next offer by its OpenSSL name. A suite not listed here ends the listing ("perhaps more"). */
const LEGACY_SUITES = {
    TLS_DHE_RSA_WITH_AES_128_GCM_SHA256: 'DHE-RSA-AES128-GCM-SHA256',
    TLS_DHE_RSA_WITH_AES_256_GCM_SHA384: 'DHE-RSA-AES256-GCM-SHA384',
    TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'DHE-RSA-CHACHA20-POLY1305',
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA256: 'DHE-RSA-AES128-SHA256',
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA256: 'DHE-RSA-AES256-SHA256',
    TLS_DHE_RSA_WITH_AES_128_CBC_SHA: 'DHE-RSA-AES128-SHA',
    TLS_DHE_RSA_WITH_AES_256_CBC_SHA: 'DHE-RSA-AES256-SHA',
    TLS_RSA_WITH_AES_128_GCM_SHA256: 'AES128-GCM-SHA256',
    TLS_RSA_WITH_AES_256_GCM_SHA384: 'AES256-GCM-SHA384',
    TLS_RSA_WITH_AES_128_CBC_SHA256: 'AES128-SHA256',
    TLS_RSA_WITH_AES_256_CBC_SHA256: 'AES256-SHA256',
    TLS_RSA_WITH_AES_128_CBC_SHA: 'AES128-SHA',
    TLS_RSA_WITH_AES_256_CBC_SHA: 'AES256-SHA'
};
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
        const result = await handshake(endpoint, {
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
                    status: 'pass',
                    title: `Browsers can connect: ${first.protocol} ${first.cipher} over ${first.group}`,
                    details: [
                        'The default handshake chose a suite and group that Chrome and Firefox offer (ECDHE over X25519, P-256 or P-384), so no browser-like handshake was needed.'
                    ]
                }
            ];
        }
        const [browser, dhe, rsa] = await Promise.all([
            handshake(endpoint, {
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
            if (dhe.suites.length === 0 && rsa.suites.length === 0) {
                return [
                    {
                        check: 'ciphers',
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
                    status: 'warn',
                    title: `Also takes ${kinds(dhe, rsa)} from clients that offer it: ${[...dhe.suites, ...rsa.suites].join(', ')}${dhe.dhBits ? ` (DH group ${dhe.dhBits} bits)` : ''}`,
                    details: [
                        `Browsers connect (${how}); clients that offer ${kinds(dhe, rsa)} get it instead.`,
                        ...lines,
                        dhe.dhBits !== undefined && dhe.dhBits < 2048
                            ? breaks('non-browser clients', 'current OpenSSL (Node 24, Debian) refuses a DH group under 2048 bits when the server picks DHE')
                            : breaks('no client yet', 'clients that offer it get the weaker key exchange')
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
                    status: 'warn',
                    title: `Could not tell whether browsers can connect: a handshake offering what they offer failed (${browser.failure.code})`,
                    details: [`${browser.failure.code}: ${browser.failure.message}`, ...lines]
                }
            ];
        }
        return [
            {
                check: 'ciphers',
                status: 'fail',
                title: 'Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer',
                details: [
                    `A handshake offering exactly what Chrome and Firefox offer was refused (${browser.failure.code}).`,
                    ...lines,
                    ctx.facts.handshakeFailure
                        ? breaks('browsers and non-browser clients', `the default handshake failed too: ${ctx.facts.handshakeFailure.code}`)
                        : breaks('browsers', 'Node, Python and curl offer more suites and groups, and still connect')
                ],
                cause: 'The server allows only key exchanges browsers dropped (finite-field DHE, static RSA) or groups they do not offer; clients that still offer them connect, browsers do not',
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
        reasons.push('static RSA key exchange has no forward secrecy and Chrome dropped it');
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/proxies/proxy.ts
/** The location of a WebSocket path, as most proxies match it: the path without its query. */
function basePath(path) {
    return path.split('?')[0] || '/';
}
/** Seconds to write into a timeout fix: an hour, or twice idle-timeout when that is longer. */
function fixTimeoutSeconds(idleTimeoutMs) {
    return Math.max(3600, Math.ceil((2 * idleTimeoutMs) / 1000));
}

;// CONCATENATED MODULE: ./src/proxies/nginx/fix.ts

/** HTTP/1.1 to the backend, the upgrade headers, and timeouts longer than the idle time. */
function upgradeLocation(location, timeoutSeconds = 3600) {
    return [
        `location ${location} {`,
        '    proxy_pass http://127.0.0.1:8001;',
        '    proxy_http_version 1.1;',
        '    proxy_set_header Upgrade $http_upgrade;',
        "    proxy_set_header Connection 'upgrade';",
        '    proxy_set_header Host $host;',
        `    proxy_read_timeout ${timeoutSeconds}s;`,
        `    proxy_send_timeout ${timeoutSeconds}s;`,
        '}'
    ];
}
function tlsServer(host, port, body) {
    return [
        'server {',
        `    listen ${port} ssl;`,
        `    server_name ${host};`,
        `    ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;`,
        `    ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        ...body.map(line => `    ${line}`),
        '}'
    ].join('\n');
}
const BROWSER_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
function nginxFix(problem) {
    switch (problem.kind) {
        case 'upgrade': {
            const location = basePath(problem.path);
            return {
                text: `Make nginx pass the WebSocket upgrade for ${location}: HTTP/1.1 to the backend, the Upgrade and Connection headers, and read/send timeouts longer than the idle time between frames.`,
                code: { lang: 'nginx', text: upgradeLocation(location).join('\n') }
            };
        }
        case 'idle-timeout': {
            const location = basePath(problem.path);
            return {
                text: `Give ${location} proxy_read_timeout and proxy_send_timeout longer than the longest silence between frames (nginx closes a WebSocket after 60 s without a frame by default).`,
                code: { lang: 'nginx', text: upgradeLocation(location, problem.seconds).join('\n') }
            };
        }
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionFix();
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return {
                text: `Point the server block for ${problem.host} at a certificate that covers it (server_name ${problem.host}; ssl_certificate with its fullchain.pem), then reload nginx.`,
                code: {
                    lang: 'nginx',
                    text: `server_name ${problem.host};\nssl_certificate     /etc/letsencrypt/live/${problem.host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${problem.host}/privkey.pem;`
                }
            };
        case 'tls-listener':
            return {
                text: `Point the wss:// URL at the TLS port (443 by default), or terminate TLS on port ${problem.port}: nginx needs "listen ${problem.port} ssl;" with ssl_certificate, and the upgrade headers for WebSockets.`,
                code: {
                    lang: 'nginx',
                    text: tlsServer(problem.host, problem.port, upgradeLocation(basePath(problem.path)))
                }
            };
        case 'client-certificate':
            return {
                text: 'nginx asks for client certificates with ssl_verify_client and checks them against ssl_client_certificate (the CA that issues them, with extended key usage clientAuth). For an endpoint browsers open, leave it off (or optional, checked by the application).',
                code: {
                    lang: 'nginx',
                    text: 'ssl_client_certificate /etc/nginx/client-ca.pem;\nssl_verify_client on;   # or: optional, and check $ssl_client_verify in the app'
                }
            };
        case 'certificate-size':
            return {
                text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let the server choose one by SNI: nginx picks the server block by server_name, each with its own ssl_certificate.',
                code: {
                    lang: 'nginx',
                    text: [
                        'server {',
                        '    listen 443 ssl;',
                        '    server_name a.example.com b.example.com;  # the names of the first certificate',
                        '    ssl_certificate     /etc/ssl/group-1/fullchain.pem;',
                        '    ssl_certificate_key /etc/ssl/group-1/privkey.pem;',
                        '}',
                        'server {',
                        '    listen 443 ssl;',
                        '    server_name c.example.com d.example.com;  # the names of the second',
                        '    ssl_certificate     /etc/ssl/group-2/fullchain.pem;',
                        '    ssl_certificate_key /etc/ssl/group-2/privkey.pem;',
                        '}'
                    ].join('\n')
                }
            };
    }
}
/** The leaf alone is sent: serve the full chain. */
function fullChainFix(host) {
    return {
        text: 'Serve the full chain (leaf, then intermediates) instead of the leaf alone. With certbot, point nginx at fullchain.pem, not cert.pem.',
        code: {
            lang: 'nginx',
            text: `ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`
        }
    };
}
function tlsVersionFix() {
    return {
        text: 'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with the server. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
        code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' }
    };
}
/** Browsers offer ECDHE only: the settings that let them (and everyone else) in. */
function browserCiphersFix(browsersLockedOut) {
    return {
        text: `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20, over X25519, P-256 and P-384, and let the client choose (Mozilla's "intermediate" configuration without its DHE suites). A client that truly needs DHE should get a 2048-bit group (ssl_dhparam with ffdhe2048), never 1024.`,
        code: {
            lang: 'nginx',
            text: [
                'ssl_protocols TLSv1.2 TLSv1.3;',
                `ssl_ciphers ${BROWSER_CIPHERS};`,
                'ssl_ecdh_curve X25519:prime256v1:secp384r1;',
                'ssl_prefer_server_ciphers off;'
            ].join('\n')
        }
    };
}
/** A WebSocket location of the repository's own configuration, fixed: its path and upstream
 * kept, HTTP/1.1, the upgrade headers (the `map $http_upgrade` variable when the configuration
 * uses that idiom), Host, and timeouts longer than idle-timeout. */
function webSocketLocationFix(location, options) {
    const connection = options.connection ?? "'upgrade'";
    const lines = [
        `location ${location} {`,
        `    proxy_pass ${options.proxyPass ?? 'http://127.0.0.1:8001'};`,
        '    proxy_http_version 1.1;',
        '    proxy_set_header Upgrade $http_upgrade;',
        `    proxy_set_header Connection ${connection};`,
        '    proxy_set_header Host $host;',
        `    proxy_read_timeout ${options.timeoutSeconds}s;`,
        `    proxy_send_timeout ${options.timeoutSeconds}s;`,
        '}'
    ];
    return {
        text: `${options.why} Every proxy_set_header the location needs must be in the location itself (or all of them at the server level): one proxy_set_header in a location replaces all the inherited ones.`,
        code: { lang: 'nginx', text: lines.join('\n') }
    };
}
/** Fix 2 for one server block of the repository: TLS with the full chain and both current
 * versions, a name, and the WebSocket location. */
function tlsServerFix(host, location, why) {
    return {
        text: why,
        code: { lang: 'nginx', text: tlsServer(host, 443, upgradeLocation(location)) }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/proxies/certificate-file.ts
// A certificate file a proxy configuration names, read when the repository holds it: how many
// certificates it has, and whether it is a leaf without its issuer (the chain left out). Only
// regular files inside the workspace and under 1 MiB are read: a configuration in a pull request
// must not make the check read the runner's files, or wait on a FIFO.



const MAX_BYTES = 1024 * 1024;
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
/** The file's certificates, or undefined when it is not in the workspace or not readable. */
function readCertificateFile(workspace, file) {
    const root = external_node_path_default().resolve(workspace);
    const resolved = external_node_path_default().resolve(root, file);
    // Absolute paths name the server's files; the repository may keep them below its root.
    const candidates = external_node_path_default().isAbsolute(file)
        ? [resolved, external_node_path_default().join(root, file)].filter(p => p.startsWith(root + (external_node_path_default()).sep))
        : [resolved].filter(p => p.startsWith(root + (external_node_path_default()).sep));
    for (const candidate of candidates) {
        try {
            const stat = (0,external_node_fs_.statSync)(candidate);
            if (!stat.isFile() || stat.size > MAX_BYTES)
                continue;
            const pems = (0,external_node_fs_.readFileSync)(candidate, 'utf8').match(PEM_CERTIFICATE) ?? [];
            if (pems.length === 0)
                continue;
            return { certificates: pems.length, leafOnly: pems.length === 1 && !selfIssued(pems[0]) };
        }
        catch {
            // not there, or not readable: no verdict from the file
        }
    }
    return undefined;
}
function selfIssued(pem) {
    try {
        const certificate = new external_node_crypto_.X509Certificate(pem);
        return certificate.issuer === certificate.subject;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(87016);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./src/scans/files.ts
// The repository's files a scan reads: matched by globs relative to the workspace, never
// outside it, without dependency and build folders, and bounded in count and size so that a
// huge repository or a stray binary cannot stall the run.



/** Folders no scan reads: dependencies, build output, VCS data. */
const SKIPPED_DIRS = [
    'node_modules',
    '.git',
    'dist',
    'build',
    'out',
    '.next',
    '.nuxt',
    '.svelte-kit',
    'coverage',
    'vendor'
];
const DEFAULT_FILE_LIMITS = { maxFiles: 5_000, maxBytes: 1024 * 1024 };
/** Files under `workspace` matching `globs` (and none of SKIPPED_DIRS), read as UTF-8. */
async function findFiles(workspace, globs, limits = DEFAULT_FILE_LIMITS) {
    const root = external_node_path_default().resolve(workspace);
    const matched = (await glob([...globs], {
        cwd: root,
        onlyFiles: true,
        dot: true,
        followSymbolicLinks: false,
        ignore: SKIPPED_DIRS.map(dir => `**/${dir}/**`)
    }))
        .map(file => file.split((external_node_path_default()).sep).join('/'))
        .filter(file => !file.startsWith('../') && !external_node_path_default().isAbsolute(file))
        .sort();
    const found = { files: [], skipped: [] };
    for (const [index, file] of matched.entries()) {
        if (index >= limits.maxFiles) {
            found.skipped.push({ path: file, why: `more than ${limits.maxFiles} files matched` });
            continue;
        }
        const read = readBounded(external_node_path_default().join(root, file), limits.maxBytes);
        if (typeof read === 'string')
            found.files.push({ path: file, text: read });
        else
            found.skipped.push({ path: file, why: read.why });
    }
    return found;
}
/** The file as text, or why not: over `maxBytes`, binary (a NUL byte), unreadable. */
function readBounded(file, maxBytes) {
    let fd;
    try {
        if ((0,external_node_fs_.statSync)(file).size > maxBytes)
            return { why: `larger than ${maxBytes} bytes` };
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const buffer = Buffer.alloc(maxBytes + 1);
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        if (length > maxBytes)
            return { why: `larger than ${maxBytes} bytes` };
        const bytes = buffer.subarray(0, length);
        if (bytes.includes(0))
            return { why: 'binary' };
        return bytes.toString('utf8');
    }
    catch (err) {
        return { why: `unreadable (${err.code ?? 'error'})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/proxies/nginx/tokenize.ts
// nginx's configuration grammar, as ngx_conf_file.c reads it: words separated by blanks, `;`
// ending a directive, `{`/`}` around a block, single- or double-quoted strings with backslash
// escapes, `#` comments to the end of the line, and `${name}` inside a word. Written here rather
// than taken from npm: no maintained JavaScript parser of nginx configuration keeps the line of
// each directive (nginx-conf and @webantic/nginx-config-parser give a tree without positions;
// crossplane, which does, is Python), and annotations need the line.
class NginxSyntaxError extends Error {
    line;
    name = 'NginxSyntaxError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const BLANK = /[ \t\r\n]/;
const ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    '"': '"',
    "'": "'",
    '\\': '\\'
};
/** As nginx copies a word: `\"`, `\'`, `\\`, `\t`, `\r`, `\n` are escapes; any other backslash
 * stays (a regex location's `\.`). */
function tokenize_unescape(next) {
    return ESCAPES[next] ?? `\\${next}`;
}
function tokenize(text) {
    const tokens = [];
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '\n') {
            line++;
            i++;
        }
        else if (BLANK.test(c)) {
            i++;
        }
        else if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === ';' || c === '{' || c === '}') {
            tokens.push({ text: c, raw: c, line, punct: true });
            i++;
        }
        else if (c === '"' || c === "'") {
            const start = i;
            const startLine = line;
            let value = '';
            i++;
            while (i < text.length && text[i] !== c) {
                if (text[i] === '\\' && i + 1 < text.length) {
                    const next = text[i + 1];
                    value += tokenize_unescape(next);
                    if (next === '\n')
                        line++;
                    i += 2;
                    continue;
                }
                if (text[i] === '\n')
                    line++;
                value += text[i++];
            }
            if (i >= text.length)
                throw new NginxSyntaxError(`unterminated ${c} string`, startLine);
            i++;
            const after = text[i];
            if (after !== undefined && !BLANK.test(after) && !';{}'.includes(after))
                throw new NginxSyntaxError(`unexpected "${after}" after a quoted string`, line);
            tokens.push({ text: value, raw: text.slice(start, i), line: startLine, punct: false });
        }
        else {
            const start = i;
            let value = '';
            while (i < text.length) {
                const d = text[i];
                if (BLANK.test(d) || d === ';' || d === '}')
                    break;
                // `{` ends a word, except in a variable: `${name}`.
                if (d === '{' && text[i - 1] !== '$')
                    break;
                if (d === '{') {
                    const close = text.indexOf('}', i);
                    if (close < 0)
                        throw new NginxSyntaxError('unterminated ${…} variable', line);
                    value += text.slice(i, close + 1);
                    i = close + 1;
                    continue;
                }
                if (d === '\\' && i + 1 < text.length) {
                    value += tokenize_unescape(text[i + 1]);
                    if (text[i + 1] === '\n')
                        line++;
                    i += 2;
                    continue;
                }
                value += d;
                i++;
            }
            tokens.push({ text: value, raw: text.slice(start, i), line, punct: false });
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/proxies/nginx/parse.ts
// nginx configuration → a tree of directives, each with the file and line it came from, and
// `include` expanded in place the way nginx does it: globs, resolved against the including
// file's folder and then each folder above it (nginx resolves a relative include against its
// configuration prefix, and a repository keeps that prefix somewhere above the site file),
// within the workspace only, each file at most once per branch (cycle-safe) and bounded.



/** Directives of one file's text; throws NginxSyntaxError at the line of the problem. */
function parseNginx(text, file) {
    const tokens = tokenize(text);
    let at = 0;
    const block = (depth, opener) => {
        const directives = [];
        let words = [];
        while (at < tokens.length) {
            const token = tokens[at++];
            if (!token.punct) {
                words.push(token);
                continue;
            }
            if (token.text === '}') {
                if (words.length > 0)
                    throw new NginxSyntaxError(`"${words[0].text}" is not terminated by ";"`, token.line);
                if (depth === 0)
                    throw new NginxSyntaxError('unexpected "}"', token.line);
                return directives;
            }
            if (words.length === 0) {
                throw new NginxSyntaxError(`unexpected "${token.text}"`, token.line);
            }
            const [name, ...args] = words;
            const directive = {
                name: name.text,
                rawName: name.raw,
                args: args.map(a => a.text),
                raw: args.map(a => a.raw),
                file,
                line: name.line
            };
            if (token.text === '{') {
                if (depth >= MAX_NESTING)
                    throw new NginxSyntaxError('blocks nested too deeply', token.line);
                directive.block = block(depth + 1, token);
            }
            directives.push(directive);
            words = [];
        }
        if (words.length > 0)
            throw new NginxSyntaxError(`unexpected end of file: "${words[0].text}" is not terminated by ";"`, words[words.length - 1].line);
        if (opener)
            throw new NginxSyntaxError('unexpected end of file, expecting "}"', opener.line);
        return directives;
    };
    return block(0);
}
const MAX_NESTING = 32;
const DEFAULT_LOAD_LIMITS = { maxFiles: 200, maxDepth: 10 };
/** Prefixes a configuration uses for its own folder on a server; in a repository the same
 * files sit below some folder of it. */
const SERVER_PREFIXES = [
    '/etc/nginx/',
    '/usr/local/nginx/conf/',
    '/usr/local/etc/nginx/',
    '/opt/nginx/conf/'
];
/** The entry file (already read) with its includes expanded. */
async function loadNginx(workspace, file, text, limits = DEFAULT_LOAD_LIMITS) {
    const loaded = { directives: [], files: [], unresolved: [], errors: [] };
    const read = (name, content) => {
        loaded.files.push(name);
        try {
            return parseNginx(content, name);
        }
        catch (err) {
            if (!(err instanceof NginxSyntaxError))
                throw err;
            loaded.errors.push({ file: name, line: err.line, message: err.message });
            return [];
        }
    };
    const expand = async (directives, stack) => {
        const out = [];
        for (const directive of directives) {
            if (directive.name !== 'include' || directive.block) {
                if (directive.block)
                    directive.block = await expand(directive.block, stack);
                out.push(directive);
                continue;
            }
            const unresolved = (why) => {
                loaded.unresolved.push({ directive, why });
            };
            if (directive.args.length !== 1) {
                unresolved('include takes one argument');
                continue;
            }
            if (stack.length > limits.maxDepth) {
                unresolved(`includes nested deeper than ${limits.maxDepth}`);
                continue;
            }
            const matches = await resolveInclude(workspace, directive.file, directive.args[0]);
            if (matches.length === 0) {
                unresolved('no file in the repository matches it');
                continue;
            }
            for (const match of matches) {
                if (stack.includes(match.path)) {
                    unresolved(`${match.path} includes itself (through ${stack.join(' → ')})`);
                    continue;
                }
                if (loaded.files.length >= limits.maxFiles) {
                    unresolved(`more than ${limits.maxFiles} files included`);
                    break;
                }
                out.push(...(await expand(read(match.path, match.text), [...stack, match.path])));
            }
        }
        return out;
    };
    loaded.directives = await expand(read(file, text), [file]);
    return loaded;
}
/** The workspace files an include names: its glob against the including file's folder, then
 * each folder above it up to the workspace; an absolute path under a usual server prefix is
 * looked up by the part below the prefix. */
async function resolveInclude(workspace, from, pattern) {
    let relative = pattern;
    if (external_node_path_default().posix.isAbsolute(pattern)) {
        const prefix = SERVER_PREFIXES.find(p => pattern.startsWith(p));
        if (!prefix)
            return [];
        relative = pattern.slice(prefix.length);
    }
    if (relative.split('/').includes('..'))
        return [];
    for (let dir = external_node_path_default().posix.dirname(from);; dir = external_node_path_default().posix.dirname(dir)) {
        const glob = dir === '.' ? relative : `${dir}/${relative}`;
        const found = await findFiles(workspace, [glob], { maxFiles: 100, maxBytes: 1024 * 1024 });
        if (found.files.length > 0)
            return found.files;
        if (dir === '.' || dir === '/')
            return [];
    }
}
/** Every directive of the tree, depth first, with the blocks around it (outermost first). */
function* walk(directives, parents = []) {
    for (const directive of directives) {
        yield { directive, parents };
        if (directive.block)
            yield* walk(directive.block, [...parents, directive]);
    }
}

;// CONCATENATED MODULE: ./src/proxies/nginx/checks.ts
// What WebSockets over TLS need from an nginx configuration, judged without running it: per TLS
// server block the certificate (full chain), the versions, ciphers browsers share and a name;
// per WebSocket location HTTP/1.1 to the upstream, the Upgrade and Connection headers, Host and
// timeouts longer than the sockets' idle time. Inheritance is nginx's: a directive applies from
// the nearest enclosing level that has it, and `proxy_set_header` (an array directive) in a
// level replaces every one inherited from the levels above.





/** nginx's defaults where a directive is absent. */
const DEFAULT_PROXY_TIMEOUT_MS = 60_000;
const DEFAULT_PROTOCOLS = ['TLSv1.2', 'TLSv1.3'];
/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
/** The nearest level's last `name`, from the innermost level out. */
function effective(levels, name) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.name === name);
        if (found.length > 0)
            return found[found.length - 1];
    }
    return undefined;
}
/** An array directive (proxy_set_header, ssl_certificate): all of the nearest level that has
 * any, and that level's index. */
function effectiveAll(levels, name) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.name === name);
        if (found.length > 0)
            return { directives: found, level: i };
    }
    return { directives: [], level: -1 };
}
const at = (d) => ({ file: d.file, line: d.line });
/** A proxy-config finding about `label` (a server or location block), at a directive's line. */
function finding(label, status, title, where, extra) {
    return {
        check: 'proxy-config',
        status,
        title: `${label}: ${title}`,
        location: at(where),
        ...extra
    };
}
/** "90s", "1h 30m", "500ms", a bare number of seconds → milliseconds; undefined if not a time. */
function nginxTime(text) {
    const units = {
        ms: 1,
        s: 1_000,
        m: 60_000,
        h: 3_600_000,
        d: 86_400_000,
        w: 604_800_000,
        M: 2_592_000_000,
        y: 31_536_000_000
    };
    const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d|w|M|y)?\s*/g)];
    if (parts.length === 0 || parts.map(p => p[0]).join('') !== text.replace(/^\s+/, ''))
        return undefined;
    return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2] ?? 's'], 0);
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** The port of a `listen` (80 when it names an address only); undefined for a unix socket. */
function listenPort(arg) {
    if (arg.startsWith('unix:'))
        return undefined;
    if (/^\d+$/.test(arg))
        return Number(arg);
    const m = /:(\d+)$/.exec(arg);
    return m ? Number(m[1]) : 80;
}
/** Whether the server block terminates TLS: `listen … ssl`, `ssl on`, or port 443. */
function tlsListen(server) {
    const listens = server.filter(d => d.name === 'listen');
    const sslOn = server.some(d => d.name === 'ssl' && d.args[0] === 'on');
    if (sslOn || listens.some(d => d.args.includes('ssl')))
        return { tls: true };
    const plain443 = listens.find(d => listenPort(d.args[0] ?? '') === 443);
    return { tls: plain443 !== undefined, plain443 };
}
/** Whether `host` matches a server_name: exact, `*.example.com`, `.example.com`, `www.example.*`. */
function serverNameMatches(name, host) {
    const n = name.toLowerCase();
    const h = host.toLowerCase();
    if (n.startsWith('~'))
        return false;
    if (n === h)
        return true;
    if (n.startsWith('.'))
        return h === n.slice(1) || h.endsWith(n);
    if (n.startsWith('*.'))
        return h.endsWith(n.slice(1));
    if (n.endsWith('.*'))
        return h.startsWith(n.slice(0, -1));
    return false;
}
/** Judges every server block of a loaded configuration. */
function checkNginx(config, options) {
    const findings = [];
    const servers = [];
    const upgradeMaps = new Set();
    for (const { directive } of walk(config.directives))
        if (directive.name === 'map' && directive.args[0] === '$http_upgrade' && directive.args[1])
            upgradeMaps.add(directive.args[1]);
    const unresolved = new Set(config.unresolved.map(u => u.directive));
    for (const { directive, parents } of walk(config.directives)) {
        if (directive.name !== 'server' || !directive.block)
            continue;
        // `server` in an `upstream` or `stream` block is something else.
        if (parents.some(p => p.name === 'upstream' || p.name === 'stream'))
            continue;
        const levels = [config.directives, ...parents.map(p => p.block), directive.block];
        const server = checkServer(directive, levels, options, findings);
        for (const { directive: location, parents: inner } of walk(directive.block)) {
            if (location.name !== 'location' || !location.block)
                continue;
            if (inner.some(p => p.name !== 'location'))
                continue; // inside `if`, `limit_except`…
            const locationLevels = [...levels, ...inner.map(p => p.block), location.block];
            const ws = webSocketLocation(location, locationLevels, upgradeMaps, options);
            if (!ws)
                continue;
            server.webSockets.push(ws);
            const hidden = locationLevels.some(level => level.some(d => unresolved.has(d)));
            findings.push(...checkLocation(ws, locationLevels, upgradeMaps, options, hidden));
        }
        servers.push(server);
    }
    return { findings, servers };
}
function checkServer(server, levels, options, findings) {
    const own = server.block;
    const names = own
        .filter(d => d.name === 'server_name')
        .flatMap(d => d.args)
        .filter(n => n !== '' && n !== '_');
    const host = names.find(n => !/[~*]/.test(n) && !n.startsWith('.')) ?? 'api.example.com';
    const { tls, plain443 } = tlsListen(own);
    const block = {
        directive: server,
        names,
        tls,
        webSockets: [],
        ciphers: effective(levels, 'ssl_ciphers')?.args.join(':'),
        certificateFiles: effectiveAll(levels, 'ssl_certificate').directives.map(d => d.args[0] ?? ''),
        targets: options.targets
            .filter(t => t.endpoint?.scheme === 'wss' && names.some(n => serverNameMatches(n, t.endpoint.host)))
            .map(t => t.label)
    };
    if (!tls)
        return block;
    const label = `server ${names[0] ?? '(no server_name)'}`;
    const problem = (status, title, where, extra = {}) => void findings.push(finding(label, status, title, where, extra));
    if (plain443) {
        problem('fail', `listen ${plain443.args[0]} without ssl: plain HTTP on the TLS port`, plain443, {
            cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
            fix: tlsServerFix(host, '/ws/', `Add "ssl" to the listen directive: listen ${plain443.args[0]} ssl;`)
        });
    }
    if (names.length === 0) {
        problem('warn', 'no server_name: the block answers only as the default server, whatever name the client asks for', server, {
            cause: 'Clients send the host name (SNI, Host); without server_name nginx cannot pick this block by name',
            fix: tlsServerFix(host, '/ws/', 'Name the host names this block serves (those its certificate covers).')
        });
    }
    const certificates = effectiveAll(levels, 'ssl_certificate').directives;
    const key = effective(levels, 'ssl_certificate_key');
    if (certificates.length === 0 || !key) {
        const missing = certificates.length === 0 ? 'ssl_certificate' : 'ssl_certificate_key';
        problem('fail', `${missing} missing: nginx cannot complete a TLS handshake`, server, {
            cause: 'A TLS server block without a certificate and its key fails every handshake',
            fix: fullChainFix(host)
        });
    }
    for (const certificate of certificates) {
        const file = external_node_path_default().posix.basename(certificate.args[0] ?? '');
        if (file === 'cert.pem' || file === 'chain.pem') {
            problem('fail', file === 'cert.pem'
                ? 'ssl_certificate cert.pem serves the leaf without intermediates'
                : 'ssl_certificate chain.pem serves the intermediates without the leaf', certificate, {
                details: [`ssl_certificate ${certificate.args[0]}`],
                cause: "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
                fix: fullChainFix(host)
            });
            continue;
        }
        const read = options.workspace
            ? readCertificateFile(options.workspace, certificate.args[0] ?? '')
            : undefined;
        if (read?.leafOnly) {
            problem('fail', `ssl_certificate ${certificate.args[0]} holds the leaf alone, without its intermediates`, certificate, {
                details: [`${certificate.args[0]}: 1 certificate, not self-issued`],
                cause: 'Only the full chain (the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate',
                fix: fullChainFix(host)
            });
        }
    }
    const protocolsDirective = effective(levels, 'ssl_protocols');
    const protocols = protocolsDirective?.args ?? DEFAULT_PROTOCOLS;
    if (protocolsDirective)
        checkProtocols(protocolsDirective, options, problem);
    const ciphers = effective(levels, 'ssl_ciphers');
    if (ciphers)
        checkCiphers(ciphers, protocols.includes('TLSv1.3'), problem);
    return block;
}
const VERSION_ORDER = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const VERSION_LABEL = {
    SSLv2: 'SSL 2',
    SSLv3: 'SSL 3',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** Like the live versions check: 1.2 refused warns, a required version refused fails, a
 * version under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkProtocols(directive, options, problem) {
    const offered = directive.args;
    const fix = tlsVersionFix();
    const refused = (version) => {
        const required = options.requireTlsVersions.includes(version);
        problem(required ? 'fail' : 'warn', `ssl_protocols ${offered.join(' ')} refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, directive, {
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        });
    };
    if (!offered.includes('TLSv1.2'))
        refused('TLSv1.2');
    if (!offered.includes('TLSv1.3'))
        refused('TLSv1.3');
    const floor = VERSION_ORDER.indexOf(options.minTlsVersion);
    const legacy = offered.filter(v => VERSION_ORDER.includes(v) && VERSION_ORDER.indexOf(v) < floor);
    if (legacy.length > 0) {
        problem(options.failOnLegacyTls ? 'fail' : 'warn', `ssl_protocols accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`, directive, {
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix
        });
    }
}
/** OpenSSL aliases that select at least one suite browsers offer (ECDHE with AES-GCM,
 * ChaCha20 or AES-CBC-SHA). An approximation of OpenSSL's cipher-list grammar: exact names,
 * these aliases, `+` as "and", `!` as "never". */
const BROWSER_ALIASES = new Set([
    'ALL',
    'DEFAULT',
    'HIGH',
    'ECDHE',
    'EECDH',
    'kECDHE',
    'kEECDH',
    'ECDH',
    'AESGCM',
    'AES',
    'AES128',
    'AES256',
    'CHACHA20',
    'ECDSA',
    'aECDSA',
    'aRSA',
    'SHA',
    'SHA1',
    'SHA256',
    'SHA384',
    'TLSv1.2',
    'TLSv1',
    'TLSv1.0',
    'SSLv3',
    'AEAD'
]);
const ECDHE_REMOVED = new Set(['ECDHE', 'EECDH', 'kECDHE', 'kEECDH', 'ECDH', 'ALL', 'HIGH']);
/** The browsers' suites an OpenSSL cipher string selects (an alias counts as selecting them). */
function browserSuitesSelected(cipherString) {
    const elements = cipherString.split(/[:, ]+/).filter(Boolean);
    if (elements.some(e => e.startsWith('!') && ECDHE_REMOVED.has(e.slice(1))))
        return { any: false, named: [] };
    const named = elements.filter(e => e in BROWSER_SUITES);
    const alias = elements.some(e => !/^[!+\-@]/.test(e) && e.split('+').every(part => BROWSER_ALIASES.has(part)));
    return { any: named.length > 0 || alias, named };
}
function checkCiphers(directive, tls13, problem) {
    const cipherString = directive.args.join(':');
    if (browserSuitesSelected(cipherString).any)
        return;
    const legacy = new Set(Object.values(LEGACY_SUITES));
    const dhe = cipherString
        .split(/[:, ]+/)
        .filter(e => legacy.has(e) || /^(DHE|EDH|kDHE|kEDH)\b/.test(e));
    const details = [
        `ssl_ciphers ${cipherString}`,
        dhe.length > 0
            ? `Selects DHE (or static RSA) suites only: ${dhe.join(', ')}.`
            : 'Selects none of the ECDHE suites Chrome and Firefox offer.',
        tls13
            ? 'TLS 1.3 suites are not governed by ssl_ciphers: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.'
            : 'TLS 1.3 is off (ssl_protocols), so every browser handshake ends with handshake_failure.'
    ];
    problem(tls13 ? 'warn' : 'fail', tls13
        ? 'ssl_ciphers offers TLS 1.2 clients no suite browsers offer'
        : 'ssl_ciphers offers no suite browsers offer: browsers cannot connect', directive, {
        details,
        cause: 'Chrome and Firefox offer only ECDHE key exchange (no finite-field DHE, no static RSA); a server that takes only those passes Node and curl and locks browsers out',
        fix: browserCiphersFix(!tls13)
    });
}
function webSocketLocation(location, levels, upgradeMaps, options) {
    const own = location.block;
    const proxyPass = own.find(d => d.name === 'proxy_pass');
    if (!proxyPass)
        return undefined;
    const [modifier, locationPath] = location.args.length > 1 ? [location.args[0], location.args[1]] : ['', location.args[0] ?? ''];
    const ws = { directive: location, path: locationPath, modifier };
    const upstream = /^[a-z]+:\/\/([^/:]+)/i.exec(proxyPass.args[0] ?? '')?.[1] ?? '';
    const trim = (p) => p.replace(/\/+$/, '');
    if (SOCKET_NAME.test(locationPath) || SOCKET_NAME.test(upstream))
        return ws;
    if (options.websocketPaths.some(p => trim(p) === trim(locationPath)))
        return ws;
    const headers = effectiveAll(levels, 'proxy_set_header').directives;
    const usesUpgrade = headers.some(h => h.args.slice(1).some(v => v.includes('$http_upgrade') || upgradeMaps.has(v)));
    return usesUpgrade ? ws : undefined;
}
function checkLocation(ws, levels, upgradeMaps, options, hiddenByInclude) {
    const findings = [];
    const location = ws.directive;
    const label = `location ${ws.modifier ? `${ws.modifier} ` : ''}${ws.path}`;
    const proxyPass = location.block.find(d => d.name === 'proxy_pass').args[0];
    const timeoutSeconds = Math.max(3600, Math.ceil((2 * options.idleTimeoutMs) / 1000));
    const mapVariable = [...upgradeMaps][0];
    const fix = (why) => webSocketLocationFix(ws.modifier ? `${ws.modifier} ${ws.path}` : ws.path, {
        proxyPass,
        connection: mapVariable,
        timeoutSeconds,
        why
    });
    const push = (status, title, where, extra) => void findings.push(finding(label, status, title, where, extra));
    const version = effective(levels, 'proxy_http_version');
    if (version?.args[0] !== '1.1') {
        push('fail', 'HTTP/1.0 to the upstream: no upgrade', version ?? location, {
            details: [
                version
                    ? `proxy_http_version ${version.args[0]}`
                    : 'No proxy_http_version: nginx speaks HTTP/1.0 to upstreams by default.'
            ],
            cause: 'The WebSocket upgrade is an HTTP/1.1 mechanism: over HTTP/1.0 the upstream never sees an upgrade it can accept, and the client gets 400 or 426 instead of 101',
            fix: fix('Speak HTTP/1.1 to the upstream: proxy_http_version 1.1.')
        });
    }
    const { directives: headers, level } = effectiveAll(levels, 'proxy_set_header');
    const header = (name) => headers.find(h => h.args[0]?.toLowerCase() === name.toLowerCase());
    const upgrade = header('Upgrade');
    const connection = header('Connection');
    const connectionValue = connection?.args[1] ?? '';
    const upgradeOk = upgrade?.args[1] === '$http_upgrade';
    const connectionOk = /^upgrade$/i.test(connectionValue) || upgradeMaps.has(connectionValue);
    if (!upgradeOk || !connectionOk) {
        const missing = [
            ...(upgradeOk ? [] : ['proxy_set_header Upgrade $http_upgrade']),
            ...(connectionOk ? [] : ["proxy_set_header Connection 'upgrade'"])
        ];
        // Set above, but replaced by this level's own proxy_set_header (nginx's array inheritance).
        const shadowed = levels
            .slice(0, Math.max(level, 0))
            .flat()
            .filter(d => d.name === 'proxy_set_header' && /^(upgrade|connection)$/i.test(d.args[0] ?? ''));
        const details = [
            ...missing.map(m => `Missing: ${m}`),
            ...(shadowed.length > 0 && level >= 0
                ? [
                    `proxy_set_header at ${headers[0].file}:${headers[0].line} replaces every proxy_set_header inherited from above, including ${shadowed.map(d => `${d.args[0]} (${d.file}:${d.line})`).join(', ')}: nginx inherits an array directive only into a level that sets none of its own.`
                ]
                : []),
            ...(hiddenByInclude ? ['An include wss-doctor could not read may set them: check it.'] : [])
        ];
        const wrong = !upgradeOk && upgrade ? upgrade : !connectionOk && connection ? connection : undefined;
        push(hiddenByInclude ? 'warn' : 'fail', `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: nginx does not pass the upgrade (the client gets 400 or 426, not 101)`, wrong ?? location, {
            details,
            cause: 'Upgrade and Connection are hop-by-hop headers: nginx drops them unless the location sets them again, so the upstream sees a plain GET',
            fix: fix('Pass the upgrade to the upstream.')
        });
    }
    if (!header('Host')) {
        push('warn', "Host not forwarded: the upstream sees the proxy_pass host, not the client's", location, {
            details: [
                `Without proxy_set_header Host, nginx sends Host: $proxy_host (from proxy_pass ${proxyPass}).`
            ],
            cause: 'Applications that check Host or build URLs from it (Socket.IO, Django ALLOWED_HOSTS, virtual hosts) refuse or misroute the upgrade',
            fix: fix('Forward the Host the client asked for: proxy_set_header Host $host.')
        });
    }
    for (const name of ['proxy_read_timeout', 'proxy_send_timeout']) {
        const directive = effective(levels, name);
        const ms = directive ? nginxTime(directive.args[0] ?? '') : DEFAULT_PROXY_TIMEOUT_MS;
        if (ms === undefined || ms > options.idleTimeoutMs)
            continue;
        // Set shorter than idle-timeout, it cuts sockets the team says go that quiet (the live idle
        // check fails the same); equal, or nginx's default, it is a warning to look at.
        push(directive && ms < options.idleTimeoutMs ? 'fail' : 'warn', `idle sockets are cut after ${seconds(ms)} (${name}${directive ? ` ${directive.args[0]}` : ", nginx's default"})`, directive ?? location, {
            details: [
                `${name} ${directive ? directive.args[0] : '60s (default)'} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): a WebSocket silent that long is closed by nginx (1006, no close frame).`
            ],
            cause: `nginx closes a proxied connection when nothing was ${name === 'proxy_read_timeout' ? 'read from' : 'sent to'} the upstream for ${name}`,
            fix: fix(`Give the location timeouts longer than the longest silence between frames (${timeoutSeconds}s here), and let the application ping.`)
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/proxies/nginx/index.ts



/** A statement nginx would read: a directive's name, its arguments and the closing `;`. Only
 * names that are nginx's own (not `return` or `set`, which code has too) count. */
const STATEMENT = /^\s*(listen|server_name|root|proxy_\w+|ssl_\w+|fastcgi_\w+|uwsgi_\w+|grpc_\w+|add_header|try_files|error_page|access_log|error_log|worker_\w+|keepalive_\w+|client_\w+|gzip\w*|sendfile|resolver|upstream|include|default_type|rewrite)\s+[^;{}]*;\s*(#.*)?$/;
/** A block nginx opens: a context name (and arguments) then `{`. */
const BLOCK = /^\s*(http|server|events|location|upstream|stream|map\s+\$\w+)\b[^;]*\{\s*(#.*)?$/;
const nginx = {
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
    },
    claims(file) {
        const lines = file.text.split('\n');
        // A snippet may hold only statements; a site file opens blocks. Neither ends lines with `;`
        // in any other proxy's language this scan knows.
        return lines.some(line => STATEMENT.test(line)) || lines.some(line => BLOCK.test(line));
    },
    async checkConfig(file, options) {
        const loaded = await loadNginx(options.workspace, file.path, file.text);
        return nginxVerdict(loaded, options);
    },
    fix: nginxFix,
    async serve(file, { config, diagnose }) {
        // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
        const { findNginx, serveAndProbe } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(594), __nccwpck_require__.e(631), __nccwpck_require__.e(77)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83077));
        const binary = findNginx();
        const loaded = await loadNginx(config.workspace, file.path, file.text);
        if (!binary)
            return [notInstalled(file.path)];
        const { servers } = checkNginx(loaded, config);
        if (loaded.errors.length > 0 || !servers.some(s => s.tls))
            return [];
        return serveAndProbe(binary, { file: file.path, loaded, servers }, config, diagnose);
    }
};
function nginxVerdict(loaded, options) {
    const verdict = checkNginx(loaded, options);
    const errors = loaded.errors.map(e => ({
        check: 'proxy-config',
        status: 'fail',
        title: `nginx syntax error: ${e.message}`,
        details: ['nginx -t refuses this file; nothing after this point was checked.'],
        location: { file: e.file, line: e.line }
    }));
    const { summary, details } = describe(loaded, verdict.servers);
    return {
        summary,
        summaryLine: verdict.servers[0]?.directive.line,
        details,
        included: loaded.files.slice(1),
        findings: [...errors, ...verdict.findings]
    };
}
/** What the file holds, and which of the run's targets its server blocks serve. */
function describe(loaded, servers) {
    const details = [];
    for (const server of servers) {
        const name = server.names.join(' ') || '(no server_name)';
        const where = `${server.directive.file}:${server.directive.line}`;
        const sockets = server.webSockets.map(w => w.path);
        details.push(`server ${name} (${where}, ${server.tls ? 'TLS' : 'no TLS'}): ${sockets.length > 0 ? `WebSocket locations ${sockets.join(', ')}` : 'no WebSocket location'}`);
        for (const target of server.targets)
            details.push(`server ${name} (${where}) serves the target ${target}`);
    }
    if (loaded.files.length > 1)
        details.push(`Includes read: ${loaded.files.slice(1).join(', ')}`);
    for (const { directive, why } of loaded.unresolved)
        details.push(`include ${directive.args.join(' ')} (${directive.file}:${directive.line}) not read: ${why}`);
    const sockets = servers.reduce((n, s) => n + s.webSockets.length, 0);
    return {
        summary: `nginx configuration: ${servers.length} server block${servers.length === 1 ? '' : 's'}, ${sockets} WebSocket location${sockets === 1 ? '' : 's'}`,
        details
    };
}
function notInstalled(file) {
    return {
        check: 'proxy-config',
        status: 'warn',
        title: 'config-serve: nginx is needed to serve the configuration, and is not on PATH',
        location: { file, line: 1 },
        fix: {
            text: 'Install nginx on the runner before this step (Debian/Ubuntu: apt-get install -y nginx-light), or set config-serve: false.',
            code: {
                lang: 'yaml',
                text: '- run: sudo apt-get update && sudo apt-get install -y nginx-light'
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/proxies/index.ts


const PROXIES = [nginx];
/** When the proxy cannot be told: the fix for the few most common ones. */
const COMMON = ['nginx', 'haproxy', 'apache', 'caddy'];
/** The proxy that sent this answer, when one can be told from it. */
function recogniseProxy(evidence) {
    for (const proxy of PROXIES) {
        const seen = proxy.recognise(evidence);
        if (seen)
            return { id: proxy.id, name: proxy.name, evidence: seen };
    }
    return undefined;
}
/** The proxy whose configuration this file is, by its content. */
function proxyOfFile(file) {
    return PROXIES.find(proxy => proxy.checkConfig && proxy.claims?.(file));
}
/** The application's own remedy for idle cuts, true behind every proxy and load balancer. */
const PING_REMEDY = 'Whatever the proxy: a server that pings every open WebSocket more often than the shortest idle timeout on the way (every 30 s is common; ws: setInterval(() => socket.ping(), 30_000)) keeps it alive through any proxy or load balancer.';
/** The fix for `problem` in the words of the proxy in front, or of the common ones when it
 * could not be told. */
function fixFor(problem, proxy) {
    const known = proxy && PROXIES.find(p => p.id === proxy.id);
    const fix = known ? known.fix(problem) : commonFix(problem);
    if (problem.kind !== 'idle-timeout')
        return fix;
    return { ...fix, text: `${fix.text} ${PING_REMEDY}` };
}
function commonFix(problem) {
    const proxies = COMMON.map(id => PROXIES.find(p => p.id === id)).filter((p) => p !== undefined);
    if (proxies.length === 1)
        return proxies[0].fix(problem);
    const fixes = proxies.map(p => ({ proxy: p, fix: p.fix(problem) }));
    return {
        text: `${WHAT_TO_DO[problem.kind](problem)} The proxy in front could not be told from its answers: the block has the fix for ${listOf(proxies.map(p => p.name))}.`,
        code: {
            lang: 'text',
            text: fixes
                .filter(({ fix }) => fix.code)
                .map(({ proxy, fix }) => `# ${proxy.name}\n${fix.code.text}`)
                .join('\n\n')
        }
    };
}
/** What every proxy must do, in no proxy's words. */
const WHAT_TO_DO = {
    upgrade: p => `Make the proxy pass the WebSocket upgrade for ${basePath(p.path)}: HTTP/1.1 to the backend, with the Upgrade and Connection headers.`,
    'idle-timeout': p => `Make the proxy's timeouts for ${basePath(p.path)} longer than the longest silence between frames (${p.seconds} s here).`,
    'full-chain': () => 'Serve the full chain (leaf, then intermediates) instead of the leaf alone.',
    'tls-versions': () => 'Offer TLS 1.2 and TLS 1.3.',
    'browser-ciphers': () => 'Offer what browsers offer: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20.',
    certificate: p => `Serve a certificate that covers ${p.host}.`,
    'tls-listener': p => `Terminate TLS on port ${p.port}, or point the wss:// URL at the TLS port (443 by default).`,
    'client-certificate': () => 'Ask for client certificates only where clients have them: not on an endpoint browsers open.',
    'certificate-size': () => 'Split the names over several certificates (a few hundred names each) chosen by SNI.'
};
function listOf(names) {
    return names.length <= 1
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
/** Findings with a problem get their fix in the words of `proxy`: the probe's own prose (what
 * does not depend on the proxy) first, then the proxy's. The block is the proxy's; commands the
 * probe gave (certbot) go first in it as comments, to run before the configuration changes. */
function withProxyFixes(findings, proxy) {
    return findings.map(finding => {
        if (!finding.problem)
            return finding;
        const words = fixFor(finding.problem, proxy);
        const own = finding.fix;
        if (!own)
            return { ...finding, fix: words };
        return { ...finding, fix: { text: `${own.text} ${words.text}`, code: merged(own, words) } };
    });
}
function merged(own, words) {
    if (!own.code || !words.code)
        return words.code ?? own.code;
    if (own.code.lang === words.code.lang)
        return { lang: own.code.lang, text: `${own.code.text}\n\n${words.code.text}` };
    const first = own.code.text.split('\n').map(line => (line.startsWith('#') ? line : `#   ${line}`));
    return { lang: words.code.lang, text: `${first.join('\n')}\n\n${words.code.text}` };
}

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(27194);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: ./src/probes/server-flight.ts
// What a server answers to a ClientHello offering TLS 1.2 or older, read in clear: the version
// it picked (ServerHello), the certificates exactly as it sends them (Certificate), whether it
// asks for a client certificate (CertificateRequest), or the alert it refused with. Node's
// getPeerCertificate() rebuilds the chain (issuer order, plus the root from the trust store),
// hiding order and extras; TLS 1.3 encrypts all of it. Fed by hello.ts.
const CHANGE_CIPHER_SPEC_RECORD = 20;
const ALERT_RECORD = 21;
const HANDSHAKE_RECORD = 22;
const APPLICATION_DATA_RECORD = 23;
const SERVER_HELLO = 2;
const CERTIFICATE_MESSAGE = 11;
const CERTIFICATE_REQUEST = 13;
const SERVER_HELLO_DONE = 14;
const PROTOCOLS = { 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' };
/** More than any real first flight (a long chain is tens of KB): a server that keeps sending
 * is cut off here instead of filling memory until the timeout. */
const MAX_FLIGHT_BYTES = 1 << 20;
/** Reads the server's first flight chunk by chunk; `done` once there is nothing more to learn
 * in clear. Every length is checked against the bytes there. */
class ServerFlightReader {
    records = Buffer.alloc(0);
    handshake = Buffer.alloc(0);
    done = false;
    /** "TLSv1" … "TLSv1.2" from the ServerHello ("unknown" for any other number). */
    protocol;
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
            if (type === SERVER_HELLO && body.length >= 2)
                this.protocol = PROTOCOLS[body.readUInt16BE(0)] ?? 'unknown';
            if (type === CERTIFICATE_MESSAGE)
                this.certificates = certificateList(body);
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

;// CONCATENATED MODULE: ./src/probes/hello.ts
// A ClientHello and the server's clear-text answer, without a TLS stack on our side: what the
// version matrix needs (which of TLS 1.0–1.2 the server picks, or how it refuses) and what a
// TLS 1.2 server shows in clear (the chain as sent, a CertificateRequest). The hello is the one
// Node's own OpenSSL sends for the offer, captured once per offer, with this target's name and a
// fresh random spliced in. The connection ends after the server's first flight: no key
// exchange and no signature check, so a question costs the client almost nothing.






/** OpenSSL's codes for the alerts a refusing server sends, as Node reports them after a full
 * handshake, so that both paths read the same. */
const ALERT_CODES = {
    10: 'ERR_SSL_SSLV3_ALERT_UNEXPECTED_MESSAGE',
    40: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    42: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    47: 'ERR_SSL_SSLV3_ALERT_ILLEGAL_PARAMETER',
    48: 'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
    49: 'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
    50: 'ERR_SSL_TLSV1_ALERT_DECODE_ERROR',
    70: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    71: 'ERR_SSL_TLSV1_ALERT_INSUFFICIENT_SECURITY',
    80: 'ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR',
    86: 'ERR_SSL_TLSV1_ALERT_INAPPROPRIATE_FALLBACK',
    109: 'ERR_SSL_TLSV13_ALERT_MISSING_EXTENSION',
    112: 'ERR_SSL_TLSV1_UNRECOGNIZED_NAME',
    116: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
    120: 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL'
};
function hello(endpoint, options) {
    return clientHello(options.offer).then(template => exchange(endpoint, options, withTarget(template, endpoint.host)), (err) => ({
        ok: false,
        failure: { phase: 'tls', code: 'ERR_CLIENT_HELLO', message: err.message }
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
                    certificates: reader.certificates,
                    certificateRequested: reader.certificateRequested
                });
            }
            if (reader.notTls)
                return fail('ERR_SSL_WRONG_VERSION_NUMBER', 'the answer is not TLS');
            if (reader.oversized)
                return fail('ERR_SSL_EXCESSIVE_MESSAGE_SIZE', "the server's first flight is too long");
            if (reader.alert !== undefined) {
                const code = ALERT_CODES[reader.alert] ?? `ERR_SSL_TLS_ALERT_${reader.alert}`;
                return fail(code, `the server refused the ClientHello with alert ${reader.alert}`);
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

// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __nccwpck_require__(52977);
;// CONCATENATED MODULE: ./src/probes/websocket.ts




const BODY_LIMIT = 300;
const MAX_PAYLOAD = 1 << 20;
/** The close code ws ends a session with after a frame it refuses (RFC 6455 §7.4.1). */
const FRAME_ERROR_CLOSE = {
    WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 1009,
    WS_ERR_INVALID_UTF8: 1007
};
function webSocketSession(options) {
    return new Promise(resolve => {
        const result = {};
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
        const socket = new wrapper/* default */.Ay(options.url, options.subprotocols, clientOptions);
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
            // A refused frame (too big, bad UTF-8, protocol error): ws closes with its code.
            if (err.code?.startsWith('WS_ERR_') && step !== 'upgrade')
                result.closeCode ??= FRAME_ERROR_CLOSE[err.code] ?? 1002;
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
            pingSent = external_node_perf_hooks_namespaceObject.performance.now();
            lastHeard = pingSent;
            socket.ping();
        }, malformed));
        socket.on('pong', (0,isolation/* guard */.ah)(() => {
            lastHeard = external_node_perf_hooks_namespaceObject.performance.now();
            if (step !== 'ping')
                return;
            result.roundTripMs = Math.round((external_node_perf_hooks_namespaceObject.performance.now() - pingSent) * 10) / 10;
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
            lastHeard = external_node_perf_hooks_namespaceObject.performance.now();
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
                result.silentMsBeforeClose = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - lastHeard);
            result.closeReason =
                reason.length > 0 ? reason.toString('utf8').slice(0, BODY_LIMIT) : undefined;
            if (step === 'close')
                done();
            else
                fail('CLOSED', `the server closed the connection (code ${code}) during the ${step} step`);
        }, malformed));
        arm('upgrade');
    });
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
            ctx.facts.proxy ??= recogniseProxy({
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
    const finding = (status, title, cause, remedy, extra = []) => ({
        check: 'upgrade',
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
        return finding('pass', `101 Switching Protocols; ping answered in ${session.roundTripMs} ms; closed cleanly (1000)${reply}`);
    }
    const status = session.status;
    if (failed.step === 'upgrade' && status !== undefined && status !== 101) {
        if (status === 403 && config.origin) {
            return finding('fail', `Upgrade refused with HTTP 403: the server rejects Origin ${config.origin}`, 'The server checks the Origin header and does not allow this one', (0,remedies/* allowOriginFix */.JV)(config.origin));
        }
        if (status === 401 || status === 403) {
            return finding('fail', `Upgrade refused with HTTP ${status}: the endpoint requires authentication`, 'The request carried no valid credentials', (0,remedies/* authenticationFix */.M5)());
        }
        if (status === 404) {
            return finding('fail', `No WebSocket endpoint at ${endpoint.path}: HTTP 404${server ? ` from ${server}` : ''}`, 'The path is wrong, or the proxy has no location that routes it to the WebSocket server', passUpgrade);
        }
        const backendDown = status === 502 || status === 503 || status === 504;
        return finding('fail', `The proxy does not upgrade: HTTP ${status}${server ? ` from ${server}` : ''} instead of 101 Switching Protocols`, backendDown
            ? 'The proxy answered but could not reach the WebSocket backend (or does not pass the upgrade to it)'
            : 'A reverse proxy does not pass the Upgrade and Connection headers (or speaks HTTP/1.0 to the backend), so the server sees a plain request', passUpgrade);
    }
    if (/Sec-WebSocket-Accept/i.test(failed.message)) {
        return finding('fail', 'The upgrade answer has a wrong Sec-WebSocket-Accept', 'Something between client and server rewrites or fakes the WebSocket handshake (RFC 6455 §4.2.2)', passUpgrade);
    }
    if (/subprotocol/i.test(failed.message)) {
        return finding('fail', `Subprotocol negotiation failed: ${failed.message}`, `The server accepted none of the offered subprotocols (${config.subprotocols.join(', ') || 'none'})`, (0,remedies/* subprotocolFix */.Ko)(config.subprotocols));
    }
    if ((failed.step === 'ping' || failed.step === 'message') && failed.code !== 'TIMEOUT') {
        return droppedAfterUpgrade(endpoint, session, failed, finding, config.idleTimeoutMs);
    }
    if (failed.step === 'message') {
        const last = session.lastFrame !== undefined
            ? [`Last frame received: ${session.lastFrame}`]
            : ['No frame received.'];
        return finding('fail', `No reply matching ${config.expect} within ${config.timeoutMs} ms${config.message !== undefined ? ' after sending the message' : ''}`, 'The connection opened but the application did not answer as expected', {
            text: 'Check the message input and the server handler; a proxy with proxy_buffering or a short read timeout can also hold frames back.'
        }, last);
    }
    if (failed.step === 'ping') {
        return finding('warn', `No pong within ${config.timeoutMs} ms: the connection opened but a ping went unanswered`, 'The server or a proxy in between does not answer WebSocket pings (RFC 6455 §5.5.2); idle connections may be cut', passUpgrade);
    }
    if (failed.step === 'close') {
        return finding('warn', `The server did not complete the close handshake (${failed.message})`, 'The server does not answer a close frame; clients see code 1006 instead of 1000');
    }
    return finding('fail', `WebSocket upgrade failed: ${failed.message}`, 'The upgrade request did not get an answer', passUpgrade);
}
/** The connection opened, then ended before the session did: the server closed it, it dropped,
 * or a frame was refused. A failure: clients see the same right after connecting. */
/** A drop after at least this much silence reads as an idle timeout, not a crash. */
const IDLE_CUT_MS = 1_000;
function droppedAfterUpgrade(endpoint, session, failed, finding, idleTimeoutMs) {
    const when = failed.step === 'ping' ? 'right after the upgrade' : 'while waiting for the reply';
    const extra = [
        `${failed.code}: ${failed.message}`,
        ...(session.lastFrame !== undefined ? [`Last frame received: ${session.lastFrame}`] : [])
    ];
    const code = session.closeCode;
    if (code === 1009) {
        return finding('fail', `Message too big 1009: the server sent a frame over the ${MAX_PAYLOAD / 1024 / 1024} MiB limit ${when}`, 'A frame larger than clients accept; they close the connection with 1009', {
            text: 'Send smaller messages (split large payloads), or raise the client limit where clients are yours.'
        }, extra);
    }
    if (code === 1002 || code === 1007) {
        return finding('fail', `${code === 1007 ? 'Invalid frame data 1007' : 'Protocol error 1002'}: the server sent a frame clients refuse ${when} (${failed.message})`, 'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5)', undefined, extra);
    }
    const silent = session.silentMsBeforeClose ?? 0;
    if (code === 1006 && failed.step === 'message' && silent >= IDLE_CUT_MS) {
        const server = session.headers?.server;
        return finding('fail', `The idle WebSocket was cut after ${(silent / 1000).toFixed(1)} s without traffic (1006, no close frame)${server ? `: ${server} in front` : ''}`, 'A proxy (or the server) closes connections that stay silent longer than its read timeout (60 s by default in nginx and AWS ALB); real clients lose the socket whenever the application is quiet that long', {
            kind: 'idle-timeout',
            host: endpoint.host,
            path: endpoint.path,
            seconds: fixTimeoutSeconds(idleTimeoutMs)
        }, extra);
    }
    if (code === 1006) {
        return finding('fail', `Abnormal closure 1006: the connection dropped without a close frame ${when}`, 'The server or a proxy in between cut the connection after the 101: a crashed handler, a proxy without WebSocket support past the handshake, or an idle/read timeout', undefined, extra);
    }
    if (code !== undefined) {
        const reason = session.closeReason !== undefined ? ` (reason "${session.closeReason}")` : '';
        return finding('fail', `The server closed the connection ${when}: code ${code}${reason}`, 'The application accepted the upgrade and then closed the connection; the code and reason are its own', {
            text: 'Check the server log for this code; authentication, subprotocol or origin checks often close right after accepting.'
        }, extra);
    }
    return finding('fail', `The connection failed ${when}: ${failed.message}`, 'The connection opened and then broke before the session completed', undefined, extra);
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
                status: 'pass',
                title: `${twin.url} fails too (${session.status ? `HTTP ${session.status}` : session.failed.message}): not only a TLS problem`,
                details: [`wss:// failed on: ${failing}.`]
            }
            : {
                check: 'compare',
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
            broken: breaks('browsers and non-browser clients', 'every browser, and OpenSSL at any security level above 0'),
            browsersRefuse: true
        });
    else if (type === 'rsa' && bits !== undefined && bits < 2048)
        found.push({
            text: `a ${bits}-bit RSA key (at least 2048 needed)`,
            broken: breaks('non-browser clients', 'OpenSSL at security level 2, the default of Node 24 and Debian, refuses it; browsers still accept RSA-1024')
        });
    if (type === 'ec' && bits !== undefined && bits < 256)
        found.push({
            text: `a ${bits}-bit EC key (at least 256 needed)`,
            broken: breaks('browsers and non-browser clients', 'browsers offer no curve under P-256'),
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
            .map(({ text: weakness, broken, browsersRefuse }) => ({
            check: 'crypto',
            status: browsersRefuse || policy === 'fail' ? 'fail' : 'warn',
            title: `${i === 0 ? 'The certificate' : `${cert.selfIssued ? 'Root' : 'Intermediate'} "${cert.subject}"`} has ${weakness}`,
            details: [
                `${cert.subject}: ${cert.publicKey.type} ${cert.publicKey.bits ?? '?'} bits, signed with ${cert.signatureAlgorithm}.`,
                broken
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
    const finding = (status, title, cause, fix) => ({ check: 'expiry', status, title, details, cause, fix });
    if (ctx.now < notBefore) {
        return finding('fail', `Certificate not yet valid: valid from ${(0,dates/* isoDate */._$)(notBefore)}`, 'The certificate is not valid yet', (0,remedies/* notYetValidFix */.fx)());
    }
    if (remainingDays <= 0) {
        return finding('fail', `Certificate expired on ${(0,dates/* isoDate */._$)(notAfter)} (${days(-left)} ago)`, 'The certificate has expired', (0,remedies/* renewalFix */._z)(host));
    }
    if (remainingDays < failDays) {
        return finding('fail', `Certificate expires in ${days(left)}, on ${(0,dates/* isoDate */._$)(notAfter)}`, 'The certificate is about to expire and renewal has not happened', (0,remedies/* renewalFix */._z)(host));
    }
    if (remainingDays < warnDays) {
        return finding('warn', `Certificate expires in ${days(left)}, on ${(0,dates/* isoDate */._$)(notAfter)}`, 'The certificate is close to expiry and renewal has not happened', (0,remedies/* renewalFix */._z)(host));
    }
    return finding('pass', `Valid until ${(0,dates/* isoDate */._$)(notAfter)} (${days(left)} left)`);
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

;// CONCATENATED MODULE: ./src/probes/input.ts
const inputProbe = {
    check: 'input',
    applies: ctx => ctx.target.problem !== undefined,
    run: ctx => [
        {
            check: 'input',
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
                status: 'pass',
                title: `Refuses a foreign Origin (${FOREIGN_ORIGIN}): ${answer}`
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/probes/revocation.ts
// Revoked certificates, the field guide's third cause. Sources in order: an OCSP response the
// server stapled, the CRL the leaf names (the common path since Let's Encrypt ended OCSP), the
// OCSP responder it names. Revoked always fails; an unknown status warns (soft) or fails (hard).


const revocationProbe = {
    check: 'revocation',
    // Only a chain that verified: the CRL and OCSP URLs come from the certificate, and a forged
    // one could send requests anywhere. The issuer must be known to check its answer.
    applies: ctx => ctx.config.revocation !== 'off' &&
        ctx.facts.handshake?.authorized === true &&
        ctx.facts.handshake.chain.length >= 2,
    run: async (ctx) => {
        const { chain, ocspStaple } = ctx.facts.handshake;
        // Loaded on first use: runs without a revocation check never load the ASN.1 parsers.
        const { leafRevocation } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(594), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58917));
        const status = await leafRevocation({ cache: ctx.revocation, now: ctx.now, timeoutMs: ctx.config.timeoutMs }, chain, ocspStaple);
        if (!status) {
            return [
                {
                    check: 'revocation',
                    status: 'pass',
                    title: 'The certificate names no CRL or OCSP responder, and none was stapled: clients cannot check it either'
                }
            ];
        }
        ctx.facts.revocation = { status: status.status, source: status.source };
        return [judge(ctx, status)];
    }
};
function judge(ctx, status) {
    const host = ctx.target.endpoint.host;
    switch (status.status) {
        case 'revoked':
            return {
                check: 'revocation',
                status: 'fail',
                title: `Certificate revoked on ${(0,dates/* isoDate */._$)(status.revokedAt)}${status.reason ? ` (${status.reason})` : ''}`,
                details: [`Source: ${status.source}.`],
                cause: 'The certificate has been revoked: browsers that check revocation refuse it',
                fix: (0,remedies/* reissueFix */.GZ)(host)
            };
        case 'good':
            return {
                check: 'revocation',
                status: 'pass',
                title: `Not revoked (${status.source}, issued ${(0,dates/* isoDate */._$)(status.thisUpdate)})`
            };
        case 'unknown': {
            const hard = ctx.config.revocation === 'hard';
            return {
                check: 'revocation',
                status: hard ? 'fail' : 'warn',
                title: `Revocation status unknown: ${status.why}`,
                details: [
                    `Source: ${status.source}.`,
                    `revocation: ${ctx.config.revocation} makes this a ${hard ? 'failure' : 'warning'}.`
                ],
                cause: "The certificate's revocation source cannot be reached or does not give a valid answer",
                fix: {
                    text: 'Check that the CRL distribution point or OCSP responder is reachable from the runner; serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
                }
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/probes/scheme.ts
// ws:// is plain text, and whether a browser may open it depends on the page (the field guide's
// 5th cause, mixed content): an https page may not (measured: Chromium and Firefox throw before
// any traffic), an http page may, and loopback is exempt everywhere. The `origin` input says
// which page; without it the probe can only say both.


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
    if ((0,external_node_net_.isIP)(name) === 4)
        return name.startsWith('127.');
    if ((0,external_node_net_.isIP)(name) === 6)
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
            return [{ check: 'scheme', status: 'pass', title: 'wss:// (TLS)' }];
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
            status: 'fail',
            title: 'Mixed content: an https page cannot open this ws:// URL; browsers block it before any traffic',
            details: [
                `Chromium: ${MIXED_CONTENT_ERRORS.chromium}`,
                `Firefox: ${MIXED_CONTENT_ERRORS.firefox}`,
                'The origin input names an https page; only wss:// (or loopback) is allowed there.',
                NO_TLS
            ],
            cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
            fix: (0,remedies/* plainWebSocketFix */.vL)(endpoint)
        };
    }
    if (page === 'http') {
        return {
            check: 'scheme',
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
        status: 'warn',
        title: 'Unencrypted ws:// endpoint: an https page cannot open it (mixed content); an http page can. Set origin to say which',
        details: [
            `From an https page: Chromium throws ${MIXED_CONTENT_ERRORS.chromium} Firefox throws ${MIXED_CONTENT_ERRORS.firefox}`,
            'From an http page the same URL opens.',
            NO_TLS
        ],
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
        fix: (0,remedies/* plainWebSocketFix */.vL)(endpoint)
    };
}

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
;// CONCATENATED MODULE: external "node:http2"
const external_node_http2_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
var external_node_http2_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http2_namespaceObject);
;// CONCATENATED MODULE: ./src/probes/http2-settings.ts
// For a server whose ALPN refuses http/1.1: does its HTTP/2 allow WebSockets (extended
// CONNECT, RFC 8441: SETTINGS_ENABLE_CONNECT_PROTOCOL)? Reads the server's first SETTINGS frame.




/** true/false from the server's SETTINGS; undefined when HTTP/2 could not be spoken either
 * (or the SETTINGS could not be read, or the run's deadline passed). */
function http2AllowsWebSockets(endpoint, options) {
    return new Promise(resolve => {
        const session = external_node_http2_default().connect(`https://${endpoint.host}:${endpoint.port}`, {
            createConnection: () => external_node_tls_default().connect({
                host: endpoint.addresses[0] ?? endpoint.host,
                port: endpoint.port,
                servername: (0,external_node_net_.isIP)(endpoint.host) === 0 ? endpoint.host : undefined,
                secureContext: options.secureContext,
                ALPNProtocols: ['h2'],
                // Only the SETTINGS frame is read; the certificate is judged by the other checks.
                rejectUnauthorized: false
            })
        });
        const finish = (value) => {
            clearTimeout(timer);
            stopOnDeadline();
            session.destroy();
            resolve(value);
        };
        const timer = setTimeout(() => finish(undefined), options.timeoutMs);
        const stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => finish(undefined));
        session.once('remoteSettings', (0,isolation/* guard */.ah)(settings => finish(settings.enableConnectProtocol === true), () => finish(undefined)));
        session.on('error', () => finish(undefined));
    });
}

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
                const result = await handshake(endpoint, {
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
        const addresses = await targetAddresses(endpoint, ctx.config.allAddresses, ctx.config.timeoutMs);
        const [result, ...others] = await Promise.all((addresses.length > 0 ? addresses : [undefined]).map((address, i) => 
        // The first handshake stays open for the upgrade, and keeps its session for later
        // sessions to resume.
        handshake(endpoint, { ...options, address, keepSession: i === 0, keepConnection: i === 0 })));
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
    if (endpoint.addresses.length > 0)
        return endpoint.addresses.slice(0, allAddresses ? MAX_ADDRESSES : 1);
    if (!allAddresses || (0,external_node_net_.isIP)(endpoint.host) !== 0)
        return [];
    let timer;
    let stopOnDeadline = () => undefined;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve([]), timeoutMs);
        stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => resolve([]));
    });
    const lookup = promises_default().lookup(endpoint.host, { all: true }).then(records => records.map(r => r.address), () => []);
    const addresses = await Promise.race([lookup, timeout]);
    clearTimeout(timer);
    stopOnDeadline();
    return [...new Set(addresses)].slice(0, MAX_ADDRESSES);
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
            status: 'warn',
            title: `${at} refuses ALPN http/1.1: WebSockets work only over HTTP/2 (RFC 8441)`,
            details: [...details, 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is 1.'],
            cause: 'Clients without WebSockets over HTTP/2 (many non-browser clients, older browsers) cannot connect',
            fix: (0,remedies/* alpnFix */.jD)()
        };
    }
    return {
        check: 'tls',
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
    const finding = (title, cause, remedy, broken = breaks('browsers and non-browser clients')) => ({
        check: 'tls',
        status: 'fail',
        title,
        details: [`${failure.code}: ${failure.message}`, broken],
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
        return finding(`The certificate message from ${at} is larger than clients accept (OpenSSL: excessive message size): too many names in one certificate`, 'One certificate carries so many names (SANs) that the handshake message exceeds the 100 kB OpenSSL-based clients accept', { kind: 'certificate-size', host }, breaks('non-browser clients', 'every OpenSSL-based one: Node, Python, curl, Ruby, PHP; browsers, which are not, were not measured'));
    }
    if (/DH_KEY_TOO_SMALL/.test(code)) {
        return finding(`${at} offers DHE with a Diffie-Hellman group too small for this client (under 2048 bits)`, 'The server prefers finite-field DHE with a weak group (Logjam); current OpenSSL clients refuse it, and browsers do not offer DHE at all (see the ciphers check)', { kind: 'browser-ciphers', host, browsersLockedOut: true }, breaks('non-browser clients', 'current OpenSSL refuses the group; the ciphers check says whether browsers connect'));
    }
    if (code === 'TIMEOUT') {
        if (phase === 'tls') {
            return finding(`TLS handshake timed out: ${at} accepted the connection but sent no TLS answer`, 'The port accepts TCP but does not speak TLS, or the server is overloaded', listener);
        }
        return finding(`Connection timed out: ${at} did not answer (${phase === 'dns' ? 'DNS lookup' : 'TCP connect'})`, 'The host is down, or a firewall drops the traffic', {
            text: `Check that ${endpoint.host} resolves and that port ${endpoint.port} is open to this runner.`
        });
    }
    if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'].includes(code)) {
        return finding(`DNS lookup failed for ${endpoint.host}`, 'The host name does not resolve', {
            text: `Check the host name, or add a DNS record for ${endpoint.host}. To test a server before DNS points at it, use the resolve input (${endpoint.host}:${endpoint.port}:ADDRESS).`
        });
    }
    if (code === 'ECONNREFUSED') {
        return finding(`Connection refused by ${at}`, 'Nothing listens on that port', {
            text: `Start the server, or check the port: wss:// defaults to 443, and a reverse proxy must listen with "listen ${endpoint.port} ssl;".`
        });
    }
    if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
        return finding(`Host unreachable: ${at}`, 'No network route to the host', {
            text: 'Check the address and the runner network; a private address is not reachable from GitHub-hosted runners.'
        });
    }
    if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|RECORD_LAYER_FAILURE/.test(code)) {
        return finding(`Not a TLS port: ${at} answered in plain text`, 'The port serves plain HTTP or ws://, not TLS', listener);
    }
    if (VERSION_MISMATCH.test(code)) {
        return finding(`No TLS version in common with ${at}`, 'TLS version mismatch: the server and the client (or proxy) support no common TLS version', { kind: 'tls-versions', host });
    }
    if (/HANDSHAKE_FAILURE|UNRECOGNIZED_NAME|NO_SHARED_CIPHER/.test(code)) {
        return finding(`TLS handshake refused by ${at}`, 'The server refused the handshake: no shared cipher or TLS version, or no certificate configured for this server name (SNI)', { kind: 'tls-versions', host });
    }
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return finding(`Connection closed by ${at} during the ${phase === 'tls' ? 'TLS handshake' : 'connect'}`, 'The server or a middlebox dropped the connection: often a non-TLS port, or no certificate for this server name', listener);
    }
    return finding(`TLS connection to ${at} failed (${code})`, 'The TLS handshake could not be completed', {
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
const BOTH = breaks('browsers and non-browser clients');
const trustProbe = {
    check: 'trust',
    applies: ctx => ctx.facts.handshake !== undefined,
    run: ctx => {
        const { chain, authorized, verifyError } = ctx.facts.handshake;
        const host = ctx.target.endpoint.host;
        if (chain.length === 0) {
            return [
                fail('The server sent no certificate', [BOTH], 'No certificate is configured for this server name', (0,remedies/* trustedCertificateFix */.il)(host))
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
            fail(`Certificate verification failed: ${verifyError}`, [...details, BOTH], 'The chain does not verify: a weak key (see the crypto check) is a common reason', (0,remedies/* trustedCertificateFix */.il)(host))
        ];
    }
};
/** The failure the chain's shape explains, if any. */
function chainShape(ctx, chain, details) {
    const host = ctx.target.endpoint.host;
    const leaf = chain[0];
    const top = chain[chain.length - 1];
    if (chain.length === 1 && leaf.selfIssued) {
        return fail(`Self-signed certificate (${leaf.subject}): not trusted by browsers`, [...details, BOTH], "Self-signed certificate: not trusted by the browser's CA store", (0,remedies/* trustedCertificateFix */.il)(host));
    }
    // Node links every certificate sent to its issuer among them (by name and key identifier), so
    // a root that was sent, in any order, ends the chain.
    if (top.selfIssued && !ctx.trust.isTrustedRoot(top.fingerprint256)) {
        return fail(`Untrusted root CA ${top.subject}: browsers will not trust it; interception proxies and development CAs look like this`, [...details, BOTH], 'The chain ends in a root CA that is not in the trust store: a TLS-intercepting proxy or antivirus, a development CA (mkcert), or a private CA', (0,remedies/* trustedCertificateFix */.il)(host));
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
        return fail(`Incomplete certificate chain: ${where}; only Chromium fetches it (caIssuers ${caIssuers[0]})`, [
            ...details,
            `caIssuers (AIA): ${caIssuers.join(', ')}`,
            breaks('browsers and non-browser clients', 'Firefox, Node, Python, Java and curl; Chromium-based browsers fetch the issuer and connect')
        ], `The server sends its certificate without the intermediate CA certificate. Chromium fetches the missing intermediate from the caIssuers URL and connects; Firefox, Node, Python, Java and curl do not`, undefined, { kind: 'full-chain', host });
    }
    if (top === leaf) {
        return fail(`Unknown issuer "${missing}": not sent, not trusted, and the certificate names no caIssuers URL: an untrusted root CA or a missing intermediate`, [...details, BOTH], 'The issuer is unknown: either the server leaves out its intermediate CA certificate, or the certificate comes straight from a root CA that is not trusted (an interception proxy, a development CA, a private CA)', (0,remedies/* unknownIssuerFix */.ls)(host, missing), { kind: 'full-chain', host });
    }
    return fail(`Untrusted issuer: the chain ends at "${top.subject}", issued by "${missing}", which is not a trusted root`, [...details, BOTH], 'The chain leads to a CA that is not in the trust store and not sent: a private or untrusted root CA, or a missing (cross-signed) intermediate', (0,remedies/* unknownIssuerFix */.ls)(host, missing));
}
function weakSignature(chain, weak, details, host) {
    const first = weak[0];
    const hash = /md5/i.test(first.signatureAlgorithm) ? 'MD5' : 'SHA-1';
    const which = first === chain[0] ? 'The certificate is' : `Intermediate "${first.subject}" is`;
    return fail(`${which} signed with ${hash} (${first.signatureAlgorithm}): browsers reject it`, [
        ...details,
        ...weak.map(c => `${c.subject}: signed with ${c.signatureAlgorithm}`),
        breaks('browsers and non-browser clients', 'Chromium answers ERR_CERT_INVALID; OpenSSL 3 refuses SHA-1 at its default security level')
    ], 'A certificate in the chain is signed with a broken hash (SHA-1 or MD5): browsers and current TLS libraries refuse the chain', (0,remedies/* weakSignatureFix */.gP)(host, weak.includes(chain[0])));
}
/** The leaf's AIA "CA Issuers" URLs: where a client could fetch the issuer. None when Node
 * cannot format the extension (Node 24 throws there). */
function caIssuersUrls(cert) {
    let access;
    try {
        access = new external_node_crypto_.X509Certificate(cert.pem).infoAccess ?? '';
    }
    catch {
        return [];
    }
    return [...access.matchAll(/^CA Issuers - URI:(.*)$/gm)].map(m => m[1]);
}
/** Under the sizes OpenSSL's security level 2 allows (the crypto check's thresholds). */
function weakKey(cert) {
    const { type, bits } = cert.publicKey;
    return bits !== undefined && ((type === 'rsa' && bits < 2048) || (type === 'ec' && bits < 256));
}
/** A trust failure; `problem` when the proxy in front must serve something else (its chain). */
function fail(title, details, cause, fix, problem) {
    return { check: 'trust', status: 'fail', title, details, cause, fix, problem };
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
    schemeProbe,
    tlsProbe,
    trustProbe,
    hostnameProbe,
    expiryProbe,
    revocationProbe,
    // Right after the certificate checks, over the default handshake's connection (upgrade.ts).
    upgradeProbe,
    cryptoProbe,
    addressesProbe,
    versionsProbe,
    ciphersProbe,
    chainProbe,
    compareProbe,
    originProbe
];

;// CONCATENATED MODULE: ./src/browser/launch.ts
// Finding and starting headless Chromium. puppeteer-core is imported here only, and only when a
// run asks for a browser: the action's start-up does not load it otherwise.


/** What is looked for on the PATH, in order, without browser-path. */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const MISSING_CHROMIUM = "browser: chromium needs Chromium: on GitHub's Ubuntu runners it is preinstalled (google-chrome); elsewhere `apt-get install chromium`, or set browser-path";
/** How long Chromium may take to start (a cold start on a busy runner takes seconds). */
const LAUNCH_TIMEOUT_MS = 30_000;
/** The first of `names` that is an executable file in `searchPath` (a PATH value). */
function findExecutable(names, searchPath = process.env.PATH ?? '') {
    for (const name of names) {
        for (const dir of searchPath.split((external_node_path_default()).delimiter).filter(Boolean)) {
            const candidate = external_node_path_default().join(dir, name);
            try {
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** browser-path when set (it must exist), else the first Chromium on the PATH. */
function findChromium(browserPath) {
    if (!browserPath)
        return findExecutable(CHROMIUM_NAMES);
    try {
        (0,external_node_fs_.accessSync)(browserPath, external_node_fs_.constants.X_OK);
        return browserPath;
    }
    catch {
        return undefined;
    }
}
/** The command line wss-doctor relies on (puppeteer adds its own defaults beside these). */
function chromiumArgs(options) {
    return [
        '--headless=new',
        // Chromium's sandbox cannot start as root (containers, `sudo`): it refuses to run without
        // this flag there. As any other user the sandbox stays on.
        ...(options.runningAsRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        // QUIC would take a second path to an https origin; TCP+TLS is what the targets serve.
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=${options.resolverRules}`
    ];
}
async function launchChromium(options) {
    const { default: puppeteer } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(56)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8056));
    return puppeteer.launch({
        executablePath: options.executablePath,
        headless: true,
        pipe: true,
        args: chromiumArgs({
            resolverRules: options.resolverRules,
            runningAsRoot: process.getuid?.() === 0
        }),
        userDataDir: options.profile.userDataDir,
        // The throwaway HOME (its NSS database trusts ca-file) for the browser's process only.
        env: { ...process.env, HOME: options.profile.home },
        timeout: LAUNCH_TIMEOUT_MS,
        protocolTimeout: options.protocolTimeoutMs
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/browser/profile.ts
// A throwaway profile for one browser run: a user-data directory, and a HOME whose NSS database
// trusts the ca-file certificates. Chromium on Linux reads extra trust anchors from
// $HOME/.pki/nssdb; the HOME is passed to the browser's process only, so nothing on the user's
// machine changes.





const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
const CERTUTIL_TIMEOUT_MS = 10_000;
class ProfileError extends Error {
    name = 'ProfileError';
}
/** `certutil`: the NSS tool's path, needed only when there are CAs to trust. */
async function createProfile(extraCAs, certutil) {
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wss-doctor-browser-'));
    const home = external_node_path_default().join(root, 'home');
    const userDataDir = external_node_path_default().join(root, 'user-data');
    // Retries: a browser that has just exited may still be flushing files into its profile.
    const remove = () => (0,promises_.rm)(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    try {
        await (0,promises_.mkdir)(userDataDir);
        await (0,promises_.mkdir)(external_node_path_default().join(home, '.pki', 'nssdb'), { recursive: true });
        if (extraCAs.length > 0)
            await trust(home, extraCAs, certutil);
    }
    catch (err) {
        await remove();
        throw err;
    }
    return { home, userDataDir, remove };
}
async function trust(home, cas, certutil) {
    if (!certutil)
        throw new ProfileError('browser: chromium needs certutil to trust ca-file: `apt-get install libnss3-tools`');
    const db = `sql:${external_node_path_default().join(home, '.pki', 'nssdb')}`;
    const options = { timeout: CERTUTIL_TIMEOUT_MS, env: { ...process.env, HOME: home } };
    await run(certutil, ['-d', db, '-N', '--empty-password'], options);
    for (const [i, pem] of cas.entries()) {
        const file = external_node_path_default().join(home, `ca-${i + 1}.pem`);
        await (0,promises_.writeFile)(file, pem);
        // C,, : a trusted CA for TLS servers (not for mail or code signing).
        await run(certutil, ['-d', db, '-A', '-t', 'C,,', '-n', `wss-doctor ca-file ${i + 1}`, '-i', file], options);
    }
}

;// CONCATENATED MODULE: ./src/browser/resolver-rules.ts
// Chromium's --host-resolver-rules for a run: the hosts under test go where the resolve input
// says (or to DNS), loopback stays reachable, and every other name resolves to nothing. Chromium
// looks up Google's hosts even with background networking off; on a runner that is a leak and
// on a closed network a wait.

/** Loopback is always reachable, whatever the rules map. */
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
/**
 * `hosts`: the names the browser may reach (targets, pages). A host with `resolve` addresses is
 * mapped to its first address (per port, as the resolve input is keyed), one without is left to
 * DNS. Rules are read first match first; an EXCLUDE beats every MAP (checked with Chromium 156),
 * so mapped hosts are never excluded, and a mapped host's other ports resolve to nothing.
 */
function resolverRules(hosts, resolve) {
    const mapped = new Set();
    const rules = [];
    for (const [key, addresses] of resolve.addresses) {
        const address = addresses[0];
        if (address === undefined)
            continue;
        rules.push(`MAP ${key} ${(0,external_node_net_.isIP)(address) === 6 ? `[${address}]` : address}`);
        mapped.add(key.slice(0, key.lastIndexOf(':')));
    }
    rules.push('MAP * ~NOTFOUND');
    const excluded = new Set(LOOPBACK);
    for (const host of hosts) {
        const name = host.toLowerCase();
        if (!mapped.has(name))
            excluded.add(name);
    }
    for (const host of excluded)
        rules.push(`EXCLUDE ${host}`);
    return rules.join(', ');
}

;// CONCATENATED MODULE: ./src/browser/sockets.ts
/** At most this many sockets per page: a reconnect loop must not grow the report. */
const MAX_SOCKETS = 100;
const MAX_TEXT = 300;
const MIXED_CONTENT = /insecure WebSocket endpoint '([^']{1,4096})'/;
const CSP = /^(?:Connecting to|Refused to connect to) '([^']{1,4096})'[^]*?Content Security Policy directive: "([^"]{0,1000})"/;
function sockets_short(text) {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
/** Starts recording on `session` (a page's): call before the page navigates. */
async function recordSockets(session) {
    const byRequest = new Map();
    const sockets = [];
    const exceptions = [];
    const unresolved = new Set();
    const requestUrls = new Map();
    let last = performance.now();
    const add = (record) => {
        last = performance.now();
        if (sockets.length >= MAX_SOCKETS)
            return undefined;
        sockets.push(record);
        return record;
    };
    const settle = (requestId, outcome) => {
        last = performance.now();
        const record = byRequest.get(requestId);
        if (record?.outcome.kind === 'pending')
            record.outcome = outcome;
    };
    session.on('Network.webSocketCreated', (e) => {
        const record = add({ url: e.url, outcome: { kind: 'pending' } });
        if (record)
            byRequest.set(e.requestId, record);
    });
    session.on('Network.webSocketHandshakeResponseReceived', (e) => {
        // Chromium reports a refused upgrade (403, 404…) as a frame error, in its own words
        // ("Unexpected response code: 403"); a response here is, in practice, the 101.
        const { status } = e.response;
        settle(e.requestId, status === 101
            ? { kind: 'open', status }
            : { kind: 'failed', error: sockets_short(`HTTP ${status} ${e.response.statusText}`) });
    });
    session.on('Network.webSocketFrameError', (e) => settle(e.requestId, { kind: 'failed', error: sockets_short(e.errorMessage) }));
    session.on('Network.webSocketClosed', (e) => settle(e.requestId, {
        kind: 'failed',
        error: 'The connection closed before the handshake finished'
    }));
    session.on('Network.requestWillBeSent', (e) => requestUrls.set(e.requestId, e.request.url));
    session.on('Network.loadingFailed', (e) => {
        if (e.errorText !== 'net::ERR_NAME_NOT_RESOLVED')
            return;
        const url = requestUrls.get(e.requestId);
        if (url && unresolved.size < MAX_SOCKETS)
            unresolved.add(hostOf(url));
    });
    session.on('Log.entryAdded', ({ entry }) => {
        if (entry.source !== 'security')
            return;
        const mixed = MIXED_CONTENT.exec(entry.text);
        if (mixed) {
            add({ url: mixed[1], outcome: { kind: 'blocked', by: 'mixed-content' } });
            return;
        }
        const csp = CSP.exec(entry.text);
        if (csp && /^wss?:/i.test(csp[1]))
            add({ url: csp[1], outcome: { kind: 'blocked', by: 'csp', directive: sockets_short(csp[2]) } });
    });
    session.on('Runtime.exceptionThrown', (e) => {
        const text = e.exceptionDetails.exception?.description ?? e.exceptionDetails.text;
        if (/WebSocket/.test(text) && exceptions.length < 10)
            exceptions.push(sockets_short(text.split('\n')[0]));
    });
    await Promise.all([
        session.send('Network.enable'),
        session.send('Log.enable'),
        session.send('Runtime.enable')
    ]);
    return {
        sockets,
        exceptions,
        unresolved,
        pending: () => sockets.filter(s => s.outcome.kind === 'pending').length,
        lastEventAt: () => last
    };
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return sockets_short(url);
    }
}

;// CONCATENATED MODULE: ./src/scans/browser.ts








/** A page is done when no socket is pending and none has appeared for this long (sockets a
 * page opens later than this, or than timeout-ms after its load, are not seen). */
const PAGE_QUIET_MS = 1_500;
/** Bounds a navigation that involves no network (about:blank). */
const LOCAL_TIMEOUT_MS = 10_000;
/** How long the DevTools events of a target's test socket may trail the page's own. */
const TARGET_SETTLE_LIMIT_MS = 5_000;
/** Checks in which wss-doctor is deliberately stricter than browsers: a browser opening a
 * socket they failed is expected. */
const STRICTER = new Set([
    'expiry',
    'revocation',
    'crypto',
    'versions',
    'ciphers',
    'origin',
    'addresses',
    'compare'
]);
const browserScan = {
    check: 'browser',
    phase: 'after',
    applies: config => config.browser === 'chromium',
    run: ctx => runBrowser(ctx)
};
function unitsOf(ctx) {
    if (ctx.config.pageUrls.length > 0)
        return ctx.config.pageUrls.map(url => ({ kind: 'page', url }));
    return ctx.results.flatMap((own) => {
        const endpoint = own.target.endpoint;
        return endpoint?.scheme === 'wss' && !own.target.problem
            ? [{ kind: 'target', own, endpoint }]
            : [];
    });
}
async function runBrowser(ctx) {
    const { config } = ctx;
    const units = unitsOf(ctx);
    if (units.length === 0)
        return { results: [] };
    const executable = findChromium(config.browserPath);
    if (!executable)
        return {
            results: [
                setupFailure(config.browserPath
                    ? `browser: chromium: browser-path ${config.browserPath} is not an executable file`
                    : MISSING_CHROMIUM, config.browserPath ? MISSING_CHROMIUM : undefined)
            ]
        };
    let profile;
    try {
        profile = await createProfile(config.extraCAs, findExecutable(['certutil']));
    }
    catch (err) {
        if (err instanceof ProfileError)
            return { results: [setupFailure(err.message)] };
        throw err;
    }
    const signal = (0,isolation/* deadlineSignal */.R)();
    let browser;
    let closing;
    // Once, and awaited by everyone: the profile goes only after the browser process has exited.
    const close = () => (closing ??= browser ? browser.close().catch(() => undefined) : Promise.resolve());
    // At the deadline the browser goes at once: every DevTools call then fails and the scan ends.
    // (During the launch there is none yet: the check after it ends the scan, `finally` closes.)
    const stopWatching = (0,isolation/* onAbort */.u7)(signal, () => {
        if (browser)
            void close();
    });
    try {
        try {
            browser = await launchChromium({
                executablePath: executable,
                profile,
                resolverRules: resolverRules(reachableHosts(ctx), config.resolve),
                protocolTimeoutMs: Math.max(2 * config.timeoutMs, 30_000)
            });
        }
        catch (err) {
            return {
                results: [setupFailure(`Chromium (${executable}) did not start: ${message(err)}`)]
            };
        }
        if (signal?.aborted)
            throw new Error('The run reached its deadline');
        const results = [];
        for (const unit of units) {
            if (signal?.aborted)
                break;
            try {
                results.push(await checkUnit(browser, unit, ctx, signal));
            }
            catch (err) {
                // One page the browser could not finish (a crashed tab, a detached frame) is that
                // page's failure; past the deadline, or with the browser gone, the scan ends.
                if (signal?.aborted || !browser.connected)
                    throw err;
                results.push(unitFailure(unit, err, config));
            }
        }
        return { results };
    }
    finally {
        stopWatching();
        await close();
        await profile.remove();
    }
}
/** Targets' and pages' hosts: every other name resolves to nothing in the browser. */
function reachableHosts(ctx) {
    return [
        ...ctx.results.flatMap(r => (r.target.endpoint ? [r.target.endpoint.host] : [])),
        ...ctx.config.pageUrls.map(url => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1'))
    ];
}
function setupFailure(title, hint) {
    return {
        target: { label: 'browser: chromium', scan: 'browser' },
        status: 'fail',
        findings: [
            {
                check: 'browser',
                status: 'fail',
                title,
                cause: 'The real-browser check could not start its browser',
                fix: {
                    text: hint ??
                        'Install what the message names, or set browser: off to skip the real-browser check.'
                }
            }
        ],
        facts: {}
    };
}
function unitLabel(unit, config) {
    return unit.kind === 'page' ? redactText(unit.url, config) : `chromium: ${unit.own.target.label}`;
}
function unitFailure(unit, err, config) {
    return {
        target: { label: unitLabel(unit, config), scan: 'browser' },
        status: 'fail',
        findings: [
            {
                check: 'browser',
                status: 'fail',
                title: `Chromium could not finish this check: ${redactText(sockets_short(message(err)), config)}`
            }
        ],
        facts: {}
    };
}
/** One page or target in a fresh browser context (no cookies or cache from the others). */
async function checkUnit(browser, unit, ctx, signal) {
    const context = await browser.createBrowserContext();
    try {
        const page = await context.newPage();
        page.setDefaultTimeout(ctx.config.timeoutMs);
        const log = await recordSockets(await page.createCDPSession());
        const findings = unit.kind === 'page'
            ? await checkPage(page, log, unit.url, ctx, signal)
            : await checkTarget(page, log, unit.own, unit.endpoint, ctx, signal);
        const label = unitLabel(unit, ctx.config);
        return {
            target: { label, scan: 'browser' },
            status: worstStatus(findings.map(f => f.status)),
            findings,
            facts: {}
        };
    }
    finally {
        await context.close().catch(() => undefined);
    }
}
async function checkPage(page, log, url, ctx, signal) {
    const { config } = ctx;
    let loadError;
    try {
        await page.goto(url, { waitUntil: 'load', timeout: config.timeoutMs });
    }
    catch (err) {
        loadError = sockets_short(message(err));
    }
    const host = new URL(url).hostname;
    // A page that never answered or was refused has nothing to show; one slow to finish
    // loading may still have opened its sockets.
    if (loadError && log.sockets.length === 0 && !/timeout/i.test(loadError)) {
        return [
            {
                check: 'browser',
                status: 'fail',
                title: `Chromium could not load the page: ${redactText(loadError, config)}`,
                details: orNone(pageNotes(log, config)),
                ...certificateCause(loadError, host, [])
            }
        ];
    }
    await waitForQuiet(log, PAGE_QUIET_MS, config.timeoutMs, signal);
    const notes = [
        ...(loadError ? [`The page did not finish loading: ${redactText(loadError, config)}`] : []),
        ...pageNotes(log, config)
    ];
    const findings = socketFindings(log.sockets, ctx, config.timeoutMs);
    if (findings.length === 0) {
        return [
            {
                check: 'browser',
                status: 'warn',
                title: `The page opened no WebSocket within ${browser_seconds(config.timeoutMs)} of loading`,
                details: orNone(notes),
                fix: {
                    text: 'Check that the page opens its WebSocket on load (not after a click or a login), or list the wss:// URLs in urls and leave page-urls empty to open each one from a blank page.'
                }
            }
        ];
    }
    addDetails(findings[0], notes);
    return findings;
}
/** What the page did besides its sockets: names that did not resolve, exceptions. */
function pageNotes(log, config) {
    const notes = [];
    if (log.unresolved.size > 0)
        notes.push(`Names that did not resolve in the browser: ${[...log.unresolved].map(h => redactText(h, config)).join(', ')}. The browser reaches only the targets, the pages and loopback: list a wss:// URL of such a host in urls to let it through.`);
    for (const exception of log.exceptions)
        notes.push(`The page threw: ${redactText(exception, config)}`);
    return notes;
}
async function checkTarget(page, log, own, endpoint, ctx, signal) {
    const { config } = ctx;
    const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
    const origin = `https://${host}:${endpoint.port}`;
    const notes = [];
    try {
        await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: config.timeoutMs });
        notes.push(`The test page was ${origin}/ (the upgrade's Origin: ${origin}).`);
    }
    catch (err) {
        await page.goto('about:blank', { timeout: LOCAL_TIMEOUT_MS });
        notes.push(`The test page was about:blank (an opaque origin, Origin: null): ${origin}/ did not load (${redactText(sockets_short(message(err)), config)}).`);
    }
    // Secrets stay out of the browser: it gets the URL without password and token parameters.
    const url = (0,src_secrets/* withoutSecrets */.cT)(new URL(own.target.secretUrl ?? endpoint.url));
    if (own.target.secretUrl)
        notes.push("Opened without the URL's password and token parameters: wss-doctor does not hand them to the browser.");
    const outcome = await page.evaluate(openSocketScript(url, config.timeoutMs));
    // The page has seen the socket's end; the DevTools events with the browser's words may
    // still be on their way.
    const recorded = () => log.sockets.findLast(s => sameUrl(s.url, url));
    await waitFor(() => recorded()?.outcome.kind !== 'pending' && recorded() !== undefined, TARGET_SETTLE_LIMIT_MS, signal);
    // Unanswered within timeout-ms (the page's own timer then closed it, which is not the
    // server's doing); or no DevTools record at all: the page's word is all there is.
    const record = outcome === 'timeout'
        ? { url, outcome: { kind: 'pending' } }
        : (recorded() ?? { url, outcome: { kind: 'failed', error: sockets_short(String(outcome)) } });
    const findings = socketFindings([record], ctx, config.timeoutMs);
    addDetails(findings[0], [...notes, ...pageNotes(log, config)]);
    return findings;
}
/** In the page: open one WebSocket, wait for its first event (bounded), close it. */
function openSocketScript(url, timeoutMs) {
    return `new Promise(resolve => {
    let socket
    try { socket = new WebSocket(${JSON.stringify(url)}) } catch (e) { resolve('threw ' + e.name + ': ' + e.message); return }
    const done = what => { clearTimeout(timer); resolve(what); try { socket.close() } catch {} }
    const timer = setTimeout(() => done('timeout'), ${timeoutMs})
    socket.onopen = () => done('open')
    socket.onerror = () => done('error')
    socket.onclose = e => done('close ' + e.code)
  })`;
}
async function waitFor(done, limitMs, signal) {
    const start = performance.now();
    while (!done() && !signal?.aborted && performance.now() - start < limitMs)
        await new Promise(resolve => setTimeout(resolve, 50));
}
/** Until no socket is pending and none has appeared for `quietMs`, at most `limitMs`. */
async function waitForQuiet(log, quietMs, limitMs, signal) {
    const start = performance.now();
    await waitFor(() => log.pending() === 0 && performance.now() - Math.max(start, log.lastEventAt()) >= quietMs, limitMs, signal);
}
/** One finding per distinct (URL, outcome); a reconnect loop is one finding with a count. */
function socketFindings(sockets, ctx, timeoutMs) {
    const groups = new Map();
    for (const record of sockets) {
        const key = `${record.url}\n${JSON.stringify(record.outcome)}`;
        const group = groups.get(key);
        if (group)
            group.count++;
        else
            groups.set(key, { record, count: 1 });
    }
    return [...groups.values()].map(({ record, count }) => {
        const finding = socketFinding(record, ctx, timeoutMs);
        if (count > 1)
            finding.details = [`The page tried this ${count} times.`, ...(finding.details ?? [])];
        return finding;
    });
}
function socketFinding(record, ctx, timeoutMs) {
    const { config } = ctx;
    const shown = redactText(record.url, config);
    const parsed = parseUrl(record.url);
    const own = parsed ? ownResult(ctx.results, parsed) : undefined;
    const host = parsed?.hostname.replace(/^\[(.*)\]$/, '$1') ?? shown;
    const outcome = record.outcome;
    switch (outcome.kind) {
        case 'open':
            return {
                check: 'browser',
                status: 'pass',
                title: `Chromium opened ${shown}`,
                details: [`${outcome.status} Switching Protocols`, ...disagreement(own, true)]
            };
        case 'blocked':
            if (outcome.by === 'mixed-content')
                return {
                    check: 'browser',
                    status: 'fail',
                    title: `Chromium blocked ${shown}: mixed content (an https page may not open ws://)`,
                    details: ['The page threw a SecurityError; no connection was made.'],
                    cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
                    ...(parsed ? { fix: (0,remedies/* plainWebSocketFix */.vL)(endpointOf(parsed, shown)) } : {})
                };
            return {
                check: 'browser',
                status: 'fail',
                title: `Chromium blocked ${shown}: the page's Content Security Policy does not allow it`,
                details: [`Directive: ${redactText(outcome.directive, config)}`],
                cause: "The page's Content-Security-Policy (connect-src) does not list this WebSocket URL",
                fix: {
                    text: `Add ${parsed ? `${parsed.protocol}//${parsed.host}` : 'the WebSocket origin'} to connect-src in the page's Content-Security-Policy (response header or meta tag).`,
                    code: {
                        lang: 'http',
                        text: `Content-Security-Policy: connect-src 'self' ${parsed ? `${parsed.protocol}//${parsed.host}` : 'wss://…'}`
                    }
                }
            };
        case 'pending':
            return {
                check: 'browser',
                status: 'fail',
                title: `Chromium got no handshake answer from ${shown} within ${browser_seconds(timeoutMs)}`,
                details: orNone(disagreement(own, false)),
                cause: 'The server (or a proxy before it) accepted the connection and never answered the upgrade'
            };
        case 'failed': {
            const error = redactText(outcome.error, config);
            const covered = (own?.facts.handshake?.chain[0]?.subjectAltNames ?? [])
                .filter(n => n.startsWith('DNS:'))
                .map(n => n.slice(4));
            return {
                check: 'browser',
                status: 'fail',
                title: `Chromium could not open ${shown}: ${error}`,
                details: orNone(disagreement(own, false)),
                ...certificateCause(outcome.error, host, covered)
            };
        }
    }
}
/** The field guide's cause and fix for the certificate errors Chromium names. */
function certificateCause(error, host, covered) {
    if (error.includes('ERR_CERT_COMMON_NAME_INVALID'))
        return {
            cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
            fix: (0,remedies/* coverHostnameFix */.kx)(host, covered)
        };
    if (error.includes('ERR_CERT_DATE_INVALID'))
        return {
            cause: 'The certificate has expired or is not valid yet',
            fix: (0,remedies/* renewalFix */._z)(host)
        };
    if (error.includes('ERR_CERT_AUTHORITY_INVALID'))
        return {
            cause: 'The certificate is not issued by a CA the browser trusts: self-signed, a private or development CA, or a missing intermediate',
            fix: (0,remedies/* trustedCertificateFix */.il)(host)
        };
    return {};
}
/** A line saying so when Chromium and wss-doctor's own checks of the endpoint disagree. */
function disagreement(own, opened) {
    if (!own)
        return [];
    const failed = [...new Set(own.findings.filter(f => f.status === 'fail').map(f => f.check))];
    if (opened && failed.length > 0) {
        const stricter = failed.every(check => STRICTER.has(check));
        return [
            `Chromium and wss-doctor disagree: wss-doctor failed this target on ${failed.join(', ')}${stricter ? ' (deliberately stricter than browsers)' : ''}, Chromium opened it.`
        ];
    }
    if (!opened && own.status !== 'fail')
        return [
            `Chromium and wss-doctor disagree: wss-doctor's own checks ${own.status === 'pass' ? 'passed' : 'only warned about'} this target, Chromium could not open it.`
        ];
    return [];
}
/** The target whose endpoint a socket URL is (scheme, host, port and path). */
function ownResult(results, url) {
    return results.find(({ target }) => sameEndpoint(target, url));
}
function sameEndpoint(target, url) {
    const endpoint = target.endpoint;
    if (!endpoint || target.scan)
        return false;
    const port = Number(url.port || (url.protocol === 'wss:' ? 443 : 80));
    return (`${endpoint.scheme}:` === url.protocol &&
        endpoint.host === url.hostname.replace(/^\[(.*)\]$/, '$1') &&
        endpoint.port === port &&
        endpoint.path.split('?')[0] === url.pathname);
}
function endpointOf(url, shown) {
    return {
        url: shown,
        scheme: url.protocol === 'wss:' ? 'wss' : 'ws',
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: Number(url.port || (url.protocol === 'wss:' ? 443 : 80)),
        path: new URL(shown).pathname,
        addresses: []
    };
}
function sameUrl(a, b) {
    return parseUrl(a)?.href === parseUrl(b)?.href;
}
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
/** Browser text with the URLs in it redacted and the run's secrets masked. */
function redactText(text, config) {
    const redacted = text.replace(/\b(?:wss?|https?):\/\/[^\s'"<>]+/gi, found => {
        const url = parseUrl(found);
        return url ? (0,src_secrets/* redactUrl */.BO)(url) : (0,src_secrets/* redactUnparsedUrl */.Hs)(found).text;
    });
    return (0,src_secrets/* maskSecrets */.QU)(redacted, config.secrets);
}
function orNone(lines) {
    return lines.length > 0 ? lines : undefined;
}
/** Appends (or prepends) lines to a finding's details; no empty list. */
function addDetails(finding, lines, first = false) {
    const earlier = finding.details ?? [];
    finding.details = orNone(first ? [...lines, ...earlier] : [...earlier, ...lines]);
}
function message(err) {
    return err instanceof Error ? err.message : String(err);
}
function browser_seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}

;// CONCATENATED MODULE: ./src/scans/csp.ts
// Content-Security-Policy as a browser applies it to a WebSocket: the effective directive is
// connect-src, falling back to default-src, matched per CSP Level 3 ("Does url match source
// list in origin with redirect count", w3c.github.io/webappsec-csp). Pure; hostile header text
// never throws, it only fails to match.
const DIRECTIVE_NAME = /^[a-z0-9-]+$/;
const SCHEME = '[a-z][a-z0-9+.-]*';
const SCHEME_SOURCE = new RegExp(`^(${SCHEME}):$`, 'i');
// host-source = [ scheme-part "://" ] host-part [ ":" port-part ] [ path-part ]
const HOST_SOURCE = new RegExp(`^(?:(${SCHEME})://)?(\\*|(?:\\*\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.?)(?::(\\d+|\\*))?(/[^;,]*)?$`, 'i');
const DEFAULT_PORT = { http: '80', https: '443', ws: '80', wss: '443' };
/** Schemes `*` matches whatever the page's: Chromium's "network schemes" (CSP3 lets `*` match
 * HTTP(S); Fetch opens a wss:// socket with an https: request, so browsers let it match). */
const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);
/** A serialized CSP list (a header's value; several headers joined by commas): one policy per
 * comma-separated part. */
function parsePolicyList(value, from) {
    return value
        .split(',')
        .map(part => parsePolicy(part, from))
        .filter(policy => policy.directives.size > 0);
}
/** A serialized policy: directives separated by ";", the first of a name wins. */
function parsePolicy(text, from) {
    const directives = new Map();
    for (const raw of text.split(';')) {
        const tokens = raw.trim().split(/[\t\n\f\r ]+/);
        const name = (tokens[0] ?? '').toLowerCase();
        if (!DIRECTIVE_NAME.test(name) || directives.has(name))
            continue;
        // Non-ASCII in a value makes the directive invalid (CSP3 §2.2.1, step 2.6).
        const sources = tokens.slice(1).filter(Boolean);
        if (sources.some(s => /[^\x21-\x7e]/.test(s)))
            continue;
        directives.set(name, sources);
    }
    return { from, directives };
}
/** The first enforced policy whose connect-src (or default-src) refuses `url` from a page of
 * `origin`; undefined when every policy allows it. */
function blockingDirective(policies, url, origin) {
    for (const policy of policies) {
        const directive = policy.directives.has('connect-src')
            ? 'connect-src'
            : policy.directives.has('default-src')
                ? 'default-src'
                : undefined;
        if (!directive)
            continue;
        const sources = policy.directives.get(directive);
        if (!sourceListMatches(sources, url, origin))
            return { policy, directive, sources };
    }
    return undefined;
}
/** CSP3 §6.7.2.5: an empty list and 'none' alone match nothing; 'none' among others is inert. */
function sourceListMatches(sources, url, origin) {
    if (sources.length === 0)
        return false;
    if (sources.length === 1 && sources[0].toLowerCase() === "'none'")
        return false;
    return sources.some(expression => expressionMatches(expression, url, origin));
}
/** CSP3 §6.7.2.6 "Does url match expression in origin with redirect count" (count 0). */
function expressionMatches(expression, url, origin) {
    const scheme = schemeOf(url);
    const originScheme = schemeOf(origin);
    if (expression === '*')
        return NETWORK_SCHEMES.has(scheme) || scheme === originScheme;
    const schemeOnly = SCHEME_SOURCE.exec(expression);
    if (schemeOnly)
        return schemePartMatches(schemeOnly[1], scheme);
    const host = HOST_SOURCE.exec(expression);
    if (host) {
        const [, schemePart, hostPart, portPart, pathPart] = host;
        if (schemePart !== undefined && !schemePartMatches(schemePart, scheme))
            return false;
        // A schemeless source takes the page's scheme, upgrades allowed (https page → wss:).
        if (schemePart === undefined && !schemePartMatches(originScheme, scheme))
            return false;
        if (!hostPartMatches(hostPart, url.hostname))
            return false;
        if (!portPartMatches(portPart, url))
            return false;
        if (pathPart && !pathPartMatches(pathPart, url.pathname))
            return false;
        return true;
    }
    if (expression.toLowerCase() === "'self'")
        return selfMatches(url, origin);
    // Nonces, hashes, 'unsafe-…', 'strict-dynamic', anything malformed: never a URL.
    return false;
}
function schemeOf(url) {
    return url.protocol.slice(0, -1).toLowerCase();
}
/** CSP3 "scheme-part match": the same scheme, or a secure upgrade of it. */
function schemePartMatches(pattern, scheme) {
    const a = pattern.toLowerCase();
    const b = scheme.toLowerCase();
    return (a === b ||
        (a === 'http' && b === 'https') ||
        (a === 'ws' && (b === 'wss' || b === 'http' || b === 'https')) ||
        (a === 'wss' && b === 'https'));
}
/** CSP3 "host-part match". The spec refuses IP addresses altogether ("a future version may
 * allow" them); Chromium and Firefox match an IP literal written out exactly, and the question
 * here is what the browser does, so an exact IP matches (a wildcard never does). */
function hostPartMatches(pattern, hostname) {
    const host = hostname.toLowerCase();
    const ip = /^[\d.]+$/.test(host) || host.startsWith('[');
    const p = pattern.toLowerCase().replace(/\.$/, '');
    if (ip)
        return p === host;
    if (p === '*')
        return true;
    if (p.startsWith('*.'))
        return host.endsWith(p.slice(1));
    return p === host.replace(/\.$/, '');
}
/** CSP3 "port-part matches": no port in the source means the URL's scheme's default port. */
function portPartMatches(port, url) {
    if (port === '*')
        return true;
    const normalized = port === undefined ? undefined : String(Number(port));
    const urlPort = url.port === '' ? undefined : url.port;
    if (normalized === urlPort)
        return true;
    return urlPort === undefined && normalized === DEFAULT_PORT[schemeOf(url)];
}
/** CSP3 "path-part match": a source path ending in "/" is a prefix of segments, otherwise the
 * exact path; segments compared percent-decoded. */
function pathPartMatches(pattern, path) {
    if (pattern === '' || (pattern === '/' && path === ''))
        return true;
    const exact = !pattern.endsWith('/');
    const a = pattern.split('/');
    const b = path.split('/');
    if (a.length > b.length)
        return false;
    if (exact && a.length !== b.length)
        return false;
    if (!exact)
        a.pop();
    return a.every((piece, i) => decoded(piece) === decoded(b[i]));
}
function decoded(piece) {
    try {
        return decodeURIComponent(piece);
    }
    catch {
        return piece;
    }
}
/** CSP3 'self': the page's origin, or the same host and port (or both default) over a secure
 * scheme: an https page's 'self' covers wss:// on its own host and port. */
function selfMatches(url, origin) {
    const scheme = schemeOf(url);
    const originScheme = schemeOf(origin);
    if (scheme === originScheme && url.host === origin.host)
        return true;
    if (url.hostname !== origin.hostname || url.port !== origin.port)
        return false;
    return (scheme === 'https' ||
        scheme === 'wss' ||
        (originScheme === 'http' && (scheme === 'http' || scheme === 'ws')));
}
/** The directive that would let `url` through: the blocking directive's sources (without a
 * lone 'none') plus the endpoint's origin; under a default-src fallback, a new connect-src
 * keeps what default-src allowed. */
function allowingDirective(blocked, url) {
    const kept = blocked.sources.length === 1 && blocked.sources[0].toLowerCase() === "'none'"
        ? []
        : blocked.sources;
    return ['connect-src', ...kept, `${schemeOf(url)}://${url.host}`].join(' ');
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(44708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/targets.ts
var src_targets = __nccwpck_require__(38993);
;// CONCATENATED MODULE: ./src/scans/page-fetch.ts
// One bounded https GET, as a browser would make it: the certificate verified against the run's
// trust store (a failure is the answer, no content), redirects followed only within the origin,
// at most `maxBytes` of body, `timeoutMs` per request, ended by the run's deadline. Connects to
// the `resolve` address when one is given, with the real host for SNI and Host.





/** GET `url`, following same-origin redirects. */
async function fetchBounded(url, options) {
    let current = url;
    for (let redirects = 0;; redirects++) {
        const answer = await getOnce(current, options);
        if (!answer.ok || answer.location === undefined)
            return answer.ok ? answer.fetched : answer;
        let next;
        try {
            next = new URL(answer.location, current);
        }
        catch {
            return answer.fetched;
        }
        if (next.origin !== url.origin)
            return {
                ok: false,
                url: current,
                code: 'CROSS_ORIGIN_REDIRECT',
                message: `redirects (HTTP ${answer.fetched.status}) to ${(0,src_secrets/* redactUrl */.BO)(next)}, another origin`
            };
        if (redirects >= options.maxRedirects)
            return {
                ok: false,
                url: current,
                code: 'TOO_MANY_REDIRECTS',
                message: `redirects more than ${options.maxRedirects} times`
            };
        current = next;
    }
}
function getOnce(url, options) {
    return new Promise(resolve => {
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const port = url.port === '' ? 443 : Number(url.port);
        const address = options.resolve.addresses.get((0,src_targets/* resolveKey */.oO)(host, port))?.[0];
        const failure = (code, message) => ({ ok: false, url, code, message });
        const { finish, settled } = (0,isolation/* settleOnce */.Tq)(resolve, {
            timeoutMs: options.timeoutMs,
            expire: failure,
            release: () => request.destroy()
        });
        const failed = (code, message) => finish(failure(code, message));
        const requestOptions = {
            host: address ?? host,
            port,
            path: `${url.pathname}${url.search}`,
            method: 'GET',
            servername: (0,external_node_net_.isIP)(host) === 0 ? host : undefined,
            headers: {
                host: url.host,
                'user-agent': 'wss-doctor (page scan)',
                accept: 'text/html,application/javascript,*/*;q=0.5',
                'accept-encoding': 'identity'
            },
            secureContext: options.secureContext,
            rejectUnauthorized: true,
            agent: false
        };
        const request = external_node_https_default().request(requestOptions);
        request.on('error', (err) => {
            const code = err.code ?? 'ERROR';
            if (CERTIFICATE_ERROR.test(code))
                failed('CERTIFICATE', `${code}: ${err.message}`);
            else
                failed(code, err.message);
        });
        request.on('response', response => {
            const status = response.statusCode ?? 0;
            const csp = response.headers['content-security-policy'];
            const fetched = {
                ok: true,
                url,
                status,
                contentSecurityPolicy: Array.isArray(csp) ? csp.join(', ') : csp,
                body: '',
                truncated: false
            };
            const location = response.headers.location;
            if (status >= 300 && status < 400 && location !== undefined)
                return finish({ ok: true, fetched, location });
            const chunks = [];
            let size = 0;
            const done = () => {
                if (settled())
                    return;
                fetched.body = Buffer.concat(chunks).subarray(0, options.maxBytes).toString('utf8');
                finish({ ok: true, fetched });
            };
            response.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (size > options.maxBytes) {
                    fetched.truncated = true;
                    done();
                }
            });
            response.on('end', done);
            response.on('error', (err) => failed(err.code ?? 'ERROR', err.message));
        });
        request.end();
    });
}
/** Node's codes for a certificate that does not verify: OpenSSL's verify errors and the host
 * name check (not TLS alerts such as a required client certificate). */
const CERTIFICATE_ERROR = /^(ERR_TLS_CERT_ALTNAME_INVALID|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|INVALID_CA|PATH_LENGTH_EXCEEDED|INVALID_PURPOSE|HOSTNAME_MISMATCH)/;

;// CONCATENATED MODULE: ./src/scans/page-findings.ts



/** Places listed per URL. */
const MAX_PLACES = 5;
const MAX_SHOWN = 200;
/** The finding when the page itself was not read (nothing in it was scanned); undefined when
 * it was. */
function unreadPageFinding(fetched) {
    if (fetched.ok) {
        if (fetched.status < 400)
            return undefined;
        return {
            check: 'page',
            status: 'fail',
            title: `The page answered HTTP ${fetched.status}: nothing was scanned`,
            fix: { text: 'List a page URL that loads (the one that opens the WebSocket) in page-urls.' }
        };
    }
    switch (fetched.code) {
        case 'CERTIFICATE':
            return {
                check: 'page',
                status: 'fail',
                title: `The page's certificate fails (${shown(fetched.message)}): a browser refuses the page, and its content was not scanned`,
                cause: 'The page that opens the WebSocket does not load over verified https',
                fix: {
                    text: `Fix the certificate of ${fetched.url.host} (one that covers the host, from a CA browsers trust, served with its full chain); for an internal CA, give it to wss-doctor with ca-file.`
                }
            };
        case 'CROSS_ORIGIN_REDIRECT':
        case 'TOO_MANY_REDIRECTS':
            return {
                check: 'page',
                status: 'warn',
                title: `The page ${shown(fetched.message)}: not followed, nothing was scanned`,
                fix: {
                    text: 'List the page the browser ends up on in page-urls (redirects are followed only within the origin).'
                }
            };
        default:
            return {
                check: 'page',
                status: 'fail',
                title: `The page could not be fetched: ${shown(fetched.message)}`,
                details: [`${fetched.code} at ${named(fetched.url)}`],
                fix: {
                    text: 'Check that the page is reachable from the runner (resolve maps a host to an address), or raise timeout-ms.'
                }
            };
    }
}
/** A ws:// endpoint on an https page: blocked before any traffic (the seed's Fix 3). */
function mixedContentFinding(url, where) {
    const [, authority, rest] = /^wss?:\/\/([^/?#]*)(.*)$/i.exec(url) ?? ['', url, ''];
    return {
        check: 'page',
        status: 'fail',
        title: `This https page cannot open ${shown(url)}: browsers block it before any traffic`,
        details: placeLines(where),
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets (the browser console says "Mixed Content: … attempted to connect to the insecure WebSocket endpoint")',
        fix: (0,remedies/* plainWebSocketFix */.vL)(writtenEndpoint(authority, rest))
    };
}
/** A wss:// endpoint the page's connect-src (or default-src) refuses. */
function cspBlockedFinding(url, blocked, where) {
    const directive = `${blocked.directive} ${blocked.sources.join(' ')}`.trim();
    const fallback = blocked.directive === 'default-src' ? ' (no connect-src, so default-src applies)' : '';
    return {
        check: 'page',
        status: 'fail',
        title: `The page's CSP connect-src blocks ${shown(url.href)}: the browser refuses the connection (the same outage under another name)`,
        details: [
            `Content-Security-Policy (${blocked.policy.from === 'meta' ? '<meta http-equiv>' : 'header'}): ${shown(directive)}${fallback}`,
            ...placeLines(where)
        ],
        cause: 'Content-Security-Policy: the page may only connect to what its connect-src (or default-src) lists; the browser console says "Refused to connect to … because it violates the following Content Security Policy directive"',
        fix: {
            text: `Allow ${url.protocol}//${url.host} in the policy that blocks it (${blocked.policy.from === 'meta' ? 'the <meta http-equiv="Content-Security-Policy"> element' : 'the Content-Security-Policy header'}). Every policy a page carries must allow the connection.`,
            code: { lang: 'http', text: `Content-Security-Policy: ${allowingDirective(blocked, url)}` }
        }
    };
}
/** The policy's rule for connections, as the summary lists it. */
function connectRule(policy) {
    const connect = policy.directives.get('connect-src');
    if (connect)
        return shown(`connect-src ${connect.join(' ')}`);
    const fallback = policy.directives.get('default-src');
    if (fallback)
        return shown(`default-src ${fallback.join(' ')}`);
    return 'no connect-src or default-src (connections unrestricted)';
}
/** "page line 8, app.js line 3": the places of one URL, for a summary line. */
function placesText(where) {
    return where
        .slice(0, MAX_PLACES)
        .map(p => `${p.source} line ${p.line}`)
        .concat(where.length > MAX_PLACES ? [`${where.length - MAX_PLACES} more`] : [])
        .join(', ');
}
function placeLines(where) {
    return where
        .slice(0, MAX_PLACES)
        .map(p => `${p.opened ? 'new WebSocket' : 'string literal'} at ${p.source} line ${p.line}`)
        .concat(where.length > MAX_PLACES ? [`and ${where.length - MAX_PLACES} more places`] : []);
}
/** Fix 3 names the host and path as the page wrote them (possibly with `${…}`). */
function writtenEndpoint(authority, rest) {
    const host = shown(authority.replace(/^[^@]*@/, ''));
    return {
        url: `ws://${host}${rest}`,
        scheme: 'ws',
        host,
        port: 80,
        path: shown(rest),
        addresses: []
    };
}
/** A page or script as reports name it: secrets redacted, cut to a readable length. */
function named(url) {
    return shown((0,src_secrets/* redactUrl */.BO)(url));
}
/** Server-supplied text, cut to a readable length (reporters escape it). */
function shown(text) {
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/scans/lines.ts
// Offsets in a text → 1-based line and column, for findings that point into a file.
/** A function from an offset in `text` to its line and column (1-based), by binary search over
 * the line starts (a minified file is one long line; a big one has many). */
function positions(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}

;// CONCATENATED MODULE: ./src/scans/websocket-urls.ts
// WebSocket URLs written in source files: string and template literals that begin with ws:// or
// wss:// in scripts (and the <script> blocks of HTML, Vue and Svelte files), and values that do
// in .env files. A small lexer rather than one regular expression: it follows comments, strings,
// template literals (with their ${…} expressions, nested) and regular expressions across lines,
// so that a URL in a comment, inside prose, or after an apostrophe in a regex is not a hit.
function findUrlLiterals(text, kind) {
    const found = [];
    if (kind === 'script')
        scanScript(text, 0, text.length, found);
    else if (kind === 'markup')
        scanMarkup(text, found);
    else
        scanEnv(text, found);
    return found;
}
const URL_START = /^wss?:\/\//i;
/** Longest text a report shows of one URL (a minified bundle is one long line). */
const SHOWN_MAX = 200;
// A `/` after one of these (or at the start) begins a regular expression, after anything else
// it divides. `<` is left out: in JSX, `</div>` is a closing tag.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%~^>']);
const KEYWORDS_BEFORE_REGEX = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await'
]);
function isWordChar(c) {
    return /[\w$]/.test(c);
}
/** Scans `text[from, to)` as JavaScript/TypeScript (JSX included). */
function scanScript(text, from, to, found) {
    // Each open `${` of a template remembers the brace depth of the code around it.
    const templates = [];
    let depth = 0;
    let inTemplate = false;
    let previous = ''; // the last significant code character ('a' for a word)
    let word = '';
    let i = from;
    while (i < to) {
        const c = text[i];
        if (inTemplate) {
            if (c === '\\')
                i += 2;
            else if (c === '`') {
                inTemplate = false;
                previous = ')';
                i++;
            }
            else if (c === '$' && text[i + 1] === '{') {
                templates.push(depth);
                depth = 0;
                inTemplate = false;
                previous = '{';
                i += 2;
            }
            else
                i++;
            continue;
        }
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            i = lineEnd(text, i, to);
        }
        else if (c === '/' && next === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 || close >= to ? to : close + 2;
        }
        else if (c === "'" || c === '"') {
            const end = stringEnd(text, i + 1, to, c);
            // `\/` is `/` in a string (JSON writes URLs that way): "wss:\/\/host" is a URL.
            const content = text.slice(i + 1, end).replace(/\\\//g, '/');
            if (URL_START.test(content)) {
                const after = text[end] === c ? concatenation(text, end + 1, to) : undefined;
                found.push(literal(content, i + 1, false, after));
            }
            i = end + 1;
            previous = ')';
        }
        else if (c === '`') {
            if (URL_START.test(text.slice(i + 1, i + 7))) {
                const end = templateLineEnd(text, i + 1, to);
                const after = text[end] === '`' ? concatenation(text, end + 1, to) : undefined;
                found.push(literal(text.slice(i + 1, end), i + 1, true, after));
            }
            inTemplate = true;
            i++;
        }
        else if (c === '/' &&
            (previous === '' || BEFORE_REGEX.has(previous) || KEYWORDS_BEFORE_REGEX.has(word))) {
            i = regexEnd(text, i + 1, to);
            previous = ')';
            word = '';
        }
        else if (isWordChar(c)) {
            let end = i + 1;
            while (end < to && isWordChar(text[end]))
                end++;
            word = text.slice(i, end);
            previous = 'a';
            i = end;
            continue;
        }
        else {
            if (c === '{')
                depth++;
            else if (c === '}') {
                if (depth === 0 && templates.length > 0) {
                    depth = templates.pop();
                    inTemplate = true;
                }
                else
                    depth = Math.max(0, depth - 1);
            }
            if (!/\s/.test(c))
                previous = c;
            i++;
        }
        if (!isWordChar(previous))
            word = '';
    }
}
function lineEnd(text, from, to) {
    const end = text.indexOf('\n', from);
    return end === -1 || end > to ? to : end;
}
/** The offset of the closing quote; an unterminated string ends at its line's end. */
function stringEnd(text, from, to, quote) {
    let i = from;
    while (i < to) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === quote || c === '\n')
            return i;
        else
            i++;
    }
    return to;
}
/** The end of a regular expression literal (after its flags), or of its line when unclosed. */
function regexEnd(text, from, to) {
    let inClass = false;
    let i = from;
    while (i < to) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === '\n')
            return i;
        else if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '/' && !inClass) {
            i++;
            while (i < to && /[a-z]/i.test(text[i]))
                i++;
            return i;
        }
        if (c !== '\\')
            i++;
    }
    return to;
}
/** Where a template literal's text ends for the report: its closing backtick when on the same
 * line, else the line's end (nested templates in `${…}` are counted). */
function templateLineEnd(text, from, to) {
    let nested = 0;
    let i = from;
    const stop = Math.min(to, from + 4 * SHOWN_MAX);
    while (i < stop && text[i] !== '\n') {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '$' && text[i + 1] === '{')
            nested++;
        else if (c === '}' && nested > 0)
            nested--;
        else if (c === '`' && nested === 0)
            return i;
        i++;
    }
    return Math.min(i, stop);
}
/** The code after `+` that follows a literal, on the same line: `'ws://' + host + '/ws'`. */
function concatenation(text, from, to) {
    // Bounded: a minified bundle is one long line, and may hold many URLs.
    const rest = text.slice(from, Math.min(lineEnd(text, from, to), from + 2 * SHOWN_MAX));
    const m = /^\s*\+(?!=)\s*([^;,)\]}]*)/.exec(rest);
    return m ? m[1].trim().slice(0, SHOWN_MAX) || '…' : undefined;
}
function literal(content, offset, template, concatenated) {
    const text = content.split(/\r?\n/)[0].slice(0, SHOWN_MAX);
    const scheme = /^wss/i.test(content) ? 'wss' : 'ws';
    const after = content.slice(scheme.length + 3);
    // A quoted string's `${` and backticks are text: escaped so that the fix's template keeps them.
    const rest = template ? after : after.replace(/[`]|\$\{/g, s => `\\${s}`);
    const computed = template && after.includes('${');
    return {
        offset,
        scheme,
        text,
        rest: rest.split(/\r?\n/)[0].slice(0, SHOWN_MAX),
        host: websocket_urls_hostOf(after, concatenated !== undefined),
        complete: !computed && concatenated === undefined,
        ...(concatenated !== undefined ? { concatenated } : {})
    };
}
/** The host of `rest` (what follows `scheme://`); undefined when code supplies it. */
function websocket_urls_hostOf(rest, concatenated) {
    const authority = /^[^/?#]*/.exec(rest)[0];
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    let host;
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        if (close === -1)
            return undefined;
        host = hostPort.slice(0, close + 1);
    }
    else
        host = hostPort.split(':')[0];
    // `'ws://api' + '.example.com'`: a host that reaches the literal's end may go on past it.
    if (concatenated && authority === rest && hostPort === host)
        return undefined;
    if (host === '' || host.includes('${'))
        return undefined;
    return host.toLowerCase().replace(/\.$/, '');
}
/** HTML, Vue and Svelte: the <script> blocks, outside <!-- comments -->. */
function scanMarkup(text, found) {
    const tags = /<!--|<script\b[^>]*>|<style\b[^>]*>/gi;
    let m;
    while ((m = tags.exec(text)) !== null) {
        if (m[0] === '<!--') {
            const close = text.indexOf('-->', m.index + 4);
            tags.lastIndex = close === -1 ? text.length : close + 3;
            continue;
        }
        const start = m.index + m[0].length;
        const closing = /^<style/i.test(m[0]) ? '</style' : '</script';
        const end = indexOfIgnoreCase(text, closing, start);
        const stop = end === -1 ? text.length : end;
        if (closing === '</script')
            scanScript(text, start, stop, found);
        tags.lastIndex = stop;
    }
}
function indexOfIgnoreCase(text, search, from) {
    const re = new RegExp(search, 'ig');
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
}
/** .env files: `KEY=value` lines (optionally `export`, the value optionally quoted); `#` lines
 * and an unquoted value's ` #` tail are comments. */
function scanEnv(text, found) {
    let lineStart = 0;
    for (const line of text.split('\n')) {
        const m = /^(\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*)(['"]?)(.*)$/.exec(line);
        if (m) {
            const [, head, key, quote, tail] = m;
            const value = quote
                ? tail.slice(0, stringEnd(tail, 0, tail.length, quote))
                : tail.replace(/\s+#.*$/, '').trimEnd();
            if (URL_START.test(value)) {
                const offset = lineStart + head.length + quote.length;
                found.push({ ...literal(value.replace(/\r$/, ''), offset, false, undefined), envKey: key });
            }
        }
        lineStart += line.length + 1;
    }
}

;// CONCATENATED MODULE: ./src/scans/page-html.ts
// The parts of a page the page scan reads, as text and never run: where its HTML and scripts
// open WebSockets (through the source scan's lexer, so that comments and prose are no hits),
// schemes derived from location.protocol, script sources and
// <meta http-equiv="Content-Security-Policy">. Bounded passes: hostile input only fails to match.


const CONSTRUCTOR_BEFORE = /new\s+(?:window\.|globalThis\.|self\.)?WebSocket\s*\(\s*$/;
// location.protocol near a "ws" literal: the scheme follows the page (the field guide's Fix 3).
const DERIVED = /location\.protocol[^;\n]{0,120}?["'`]wss?(?::\/\/)?["'`]|["'`]wss?(?::\/\/)?["'`][^;\n]{0,120}?location\.protocol|location\.protocol\.replace\(\s*["'`]http["'`]\s*,\s*["'`]ws["'`]/g;
/** Every ws:// / wss:// URL literal in a page (`markup`: its inline scripts) or a script. */
function findSocketLiterals(text, kind) {
    const at = positions(text);
    const found = [];
    for (const literal of findUrlLiterals(text, kind)) {
        const bare = /^wss?:\/\/$/i.test(literal.text);
        // A lone scheme is a piece of the derivation pattern (fine), unless code completes it.
        if (bare && !literal.concatenated)
            continue;
        const url = literal.concatenated ? literal.text + templated(literal.concatenated) : literal.text;
        // The quote (or backtick) stands just before the URL.
        const before = text.slice(Math.max(0, literal.offset - 61), Math.max(0, literal.offset - 1));
        found.push({ url, line: at(literal.offset).line, opened: CONSTRUCTOR_BEFORE.test(before) });
    }
    return found;
}
/** `host + '/chat'` → `${host}/chat`: a concatenation written as the template it builds. */
function templated(concatenated) {
    return concatenated
        .split(/\s*\+\s*/)
        .map(part => /^(["'`])(.*)\1$/.exec(part)?.[2] ?? `\${${part}}`)
        .join('');
}
/** Places where the WebSocket scheme is derived from location.protocol. */
function findDerivedSchemes(text) {
    const at = positions(text);
    return [...text.matchAll(DERIVED)].map(m => ({ line: at(m.index).line }));
}
/** The src of every script element, in document order, as written (entities decoded). */
function scriptSources(html) {
    const sources = [];
    for (const attributes of tagAttributes(html, 'script')) {
        const src = attribute(attributes, 'src')?.trim();
        if (src)
            sources.push(src);
    }
    return sources;
}
/** The content of every <meta http-equiv="Content-Security-Policy">. */
function metaPolicies(html) {
    const policies = [];
    for (const attributes of tagAttributes(html, 'meta')) {
        const equiv = attribute(attributes, 'http-equiv');
        const content = attribute(attributes, 'content');
        if (equiv?.trim().toLowerCase() === 'content-security-policy' && content !== undefined)
            policies.push(content);
    }
    return policies;
}
/** The attribute text of every `<name …>` start tag (at most 4096 characters). One pass: the
 * search goes on after each tag's ">", and an unclosed tag ends it. */
function tagAttributes(html, name) {
    const lower = html.toLowerCase();
    const open = `<${name}`;
    const found = [];
    for (let at = lower.indexOf(open); at !== -1; at = lower.indexOf(open, at)) {
        const from = at + open.length;
        if (!/^[\s/>]/.test(html.charAt(from))) {
            at = from;
            continue;
        }
        const close = html.indexOf('>', from);
        if (close === -1)
            break;
        if (close - from <= 4096)
            found.push(html.slice(from, close));
        at = close + 1;
    }
    return found;
}
/** An attribute's value from a tag's attribute text, entities decoded. */
function attribute(attributes, name) {
    const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes);
    if (!m)
        return undefined;
    return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'"
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, entity) => {
        if (entity.startsWith('#')) {
            const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    });
}

;// CONCATENATED MODULE: ./src/scans/page.ts







/** Per resource (the page, each script). */
const PAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Same-origin external scripts read per page, four at a time. */
const PAGE_MAX_SCRIPTS = 20;
const PAGE_MAX_REDIRECTS = 5;
/** Distinct WebSocket URLs judged per page. */
const MAX_URLS = 50;
const pageScan = {
    check: 'page',
    phase: 'before',
    applies: config => config.pageUrls.length > 0,
    run: async (ctx) => {
        const results = [];
        const discovered = [];
        for (const page of ctx.config.pageUrls) {
            const scanned = await scanPage(new URL(page), ctx);
            results.push(scanned.result);
            discovered.push(...scanned.discovered);
        }
        return { results, discovered };
    }
};
async function scanPage(page, ctx) {
    const label = (0,src_secrets/* redactUrl */.BO)(page);
    const options = {
        secureContext: ctx.trust.secureContext,
        resolve: ctx.config.resolve,
        timeoutMs: ctx.config.timeoutMs,
        maxBytes: PAGE_MAX_BYTES,
        maxRedirects: PAGE_MAX_REDIRECTS
    };
    const fetched = await fetchBounded(page, options);
    const unread = unreadPageFinding(fetched);
    if (unread)
        return { result: result(label, [unread]), discovered: [] };
    const html = fetched;
    const origin = html.url;
    const scripts = await readScripts(html, options);
    const findings = [...scripts.findings];
    const { places, derived } = socketsIn([
        { name: named(origin), text: html.body, kind: 'markup' },
        ...scripts.read
    ]);
    const policies = [
        ...(html.contentSecurityPolicy ? parsePolicyList(html.contentSecurityPolicy, 'header') : []),
        ...metaPolicies(html.body).map(content => parsePolicy(content, 'meta'))
    ];
    const discovered = [];
    const inventory = [];
    // upgrade-insecure-requests makes the browser open wss:// where the page says ws://.
    const upgrades = policies.some(p => p.directives.has('upgrade-insecure-requests'));
    for (const [written, where] of places) {
        let url = withPageHost(written, origin);
        const at = placesText(where);
        if (/^ws:/i.test(url)) {
            if (isLoopback(url)) {
                inventory.push(`${shown(url)}: loopback, which browsers allow from an https page (${at})`);
                continue;
            }
            if (!upgrades) {
                findings.push(mixedContentFinding(url, where));
                continue;
            }
            const upgraded = upgradedUrl(url);
            inventory.push(`${shown(url)}: opened as ${shown(upgraded)} (upgrade-insecure-requests)`);
            url = upgraded;
        }
        const target = parsedUrl(url);
        if (!target || url.includes('${')) {
            inventory.push(`${shown(url)}: built at run time, not checked against the CSP (${at})`);
            continue;
        }
        discovered.push({ text: target.href });
        const blocked = blockingDirective(policies, target, origin);
        if (blocked)
            findings.push(cspBlockedFinding(target, blocked, where));
        else
            inventory.push(`${shown(target.href)}: ${policies.length > 0 ? 'allowed by the CSP' : 'no CSP restricts it'} (${at})`);
    }
    const scriptsRead = count(scripts.read.length, 'same-origin script');
    findings.push({
        check: 'page',
        status: 'pass',
        title: places.size + derived.length === 0
            ? `No WebSocket URL in the page or its ${scriptsRead}`
            : `Read the page and ${scriptsRead}: ${count(places.size, 'WebSocket URL')}${derived.length > 0 ? `, ${count(derived.length, 'scheme')} derived from location.protocol` : ''}`,
        details: [
            ...inventory,
            ...derived.map(at => `scheme derived from location.protocol (follows the page: fine) at ${at}`),
            policies.length === 0
                ? 'No Content-Security-Policy: connections are not restricted'
                : `Content-Security-Policy: ${policies.map(p => `${p.from} ${connectRule(p)}`).join(' | ')}`,
            ...scripts.notRead
        ]
    });
    return { result: result(label, findings), discovered };
}
/** The page's same-origin external scripts, read (inline ones are in the HTML already); a
 * script that cannot be read, or only in part, is a warning. */
async function readScripts(html, options) {
    const origin = html.url;
    // Script URLs (href), each once, in document order.
    const sameOrigin = [];
    const foreign = [];
    for (const src of scriptSources(html.body)) {
        const url = parsedUrl(src, origin);
        if (!url)
            continue;
        const list = url.origin === origin.origin ? sameOrigin : foreign;
        if (!list.includes(url.href))
            list.push(url.href);
    }
    const wanted = sameOrigin.slice(0, PAGE_MAX_SCRIPTS);
    const fetched = await mapConcurrent(wanted, 4, url => fetchBounded(new URL(url), options));
    const read = [];
    const failed = [];
    const truncated = html.truncated ? [named(origin)] : [];
    for (const script of fetched) {
        if (!script.ok)
            failed.push(`${named(script.url)}: ${script.message}`);
        else if (script.status >= 400)
            failed.push(`${named(script.url)}: HTTP ${script.status}`);
        else {
            read.push({ name: named(script.url), text: script.body, kind: 'script' });
            if (script.truncated)
                truncated.push(named(script.url));
        }
    }
    const findings = [];
    if (failed.length > 0)
        findings.push({
            check: 'page',
            status: 'warn',
            title: `${count(failed.length, 'script')} of the page could not be read: the WebSockets ${failed.length === 1 ? 'it opens' : 'they open'} were not checked`,
            details: failed,
            fix: {
                text: 'Make the scripts loadable over https from the page origin (a browser needs them too), or raise timeout-ms.'
            }
        });
    if (truncated.length > 0)
        findings.push({
            check: 'page',
            status: 'warn',
            title: `Only the first ${PAGE_MAX_BYTES / 1024 / 1024} MiB of ${count(truncated.length, 'resource')} were read: WebSockets opened further on were not checked`,
            details: truncated
        });
    const notRead = [];
    if (sameOrigin.length > wanted.length)
        notRead.push(`${sameOrigin.length - wanted.length} more same-origin scripts not read (at most ${PAGE_MAX_SCRIPTS})`);
    if (foreign.length > 0)
        notRead.push(`Scripts from other origins not read: ${foreign
            .slice(0, 5)
            .map(href => named(new URL(href)))
            .join(', ')}${foreign.length > 5 ? ', …' : ''}`);
    return { read, findings, notRead };
}
/** Every WebSocket URL (at most MAX_URLS) with the places it is written, and the places that
 * derive the scheme from location.protocol. */
function socketsIn(sources) {
    const places = new Map();
    const derived = [];
    for (const source of sources) {
        for (const found of findSocketLiterals(source.text, source.kind)) {
            let list = places.get(found.url);
            if (!list) {
                if (places.size >= MAX_URLS)
                    continue;
                list = [];
                places.set(found.url, list);
            }
            list.push({ source: source.name, line: found.line, opened: found.opened });
        }
        for (const { line } of findDerivedSchemes(source.text))
            derived.push(`${source.name} line ${line}`);
    }
    return { places, derived };
}
function result(label, findings) {
    return {
        target: { label, scan: 'page' },
        status: worstStatus(findings.map(f => f.status)),
        findings,
        facts: {}
    };
}
/** `${location.host}` and friends are the page's own host. */
function withPageHost(url, origin) {
    return url
        .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.host\s*\}/g, origin.host)
        .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.hostname\s*\}/g, origin.hostname);
}
/** ws:// → wss://, port 80 → 443, as upgrade-insecure-requests does. */
function upgradedUrl(url) {
    return url.replace(/^ws:\/\/([^/?#]*)/i, (_, authority) => `wss://${authority.replace(/:80$/, '')}`);
}
function parsedUrl(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
/** Whether a ws:// URL goes to a host a browser lets an https page reach in clear text
 * (potentially trustworthy: localhost, 127.0.0.0/8, ::1). */
function isLoopback(url) {
    const authority = /^wss?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
    const name = authority
        .replace(/^[^@]*@/, '')
        .replace(/:\d*$/, '')
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
    return (name === 'localhost' ||
        name.endsWith('.localhost') ||
        name === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name));
}

;// CONCATENATED MODULE: ./src/scans/proxy-config.ts



const YAML_FILE = /\.ya?ml$/i;
function proxy_config_result(label, findings) {
    return {
        target: { label, scan: 'proxy-config' },
        status: worstStatus(findings.map(f => f.status)),
        findings,
        facts: {}
    };
}
/** The file's own line: what it holds, as a passing finding before its problems. */
function summary(file, verdict) {
    return {
        check: 'proxy-config',
        status: 'pass',
        title: verdict.summary,
        details: verdict.details,
        location: { file, line: verdict.summaryLine ?? 1 }
    };
}
function skipped(file) {
    const known = PROXIES.filter(p => p.checkConfig).map(p => p.name);
    return {
        check: 'proxy-config',
        status: 'pass',
        title: `Not checked: not a proxy configuration wss-doctor knows (${known.join(', ')}, Kubernetes Ingress)`,
        details: [
            'Told by content, not by name: no known proxy recognised this file. Narrow config-paths to the proxy configuration, or open an issue for its kind.'
        ],
        location: { file: file.path, line: 1 }
    };
}
const proxyConfigScan = {
    check: 'proxy-config',
    phase: 'before',
    applies: config => config.configPaths.length > 0,
    run: async (ctx) => {
        const { config } = ctx;
        const found = await findFiles(config.workspace, config.configPaths);
        if (found.files.length === 0) {
            return {
                results: [
                    proxy_config_result('config-paths', [
                        {
                            check: 'proxy-config',
                            status: 'warn',
                            title: `config-paths matched no readable file (${config.configPaths.join(', ')})`,
                            details: found.skipped.map(s => `${s.path}: ${s.why}`)
                        }
                    ])
                ]
            };
        }
        const checked = [];
        const results = [];
        for (const file of found.files) {
            if (YAML_FILE.test(file.path)) {
                // Loaded only for manifests: the YAML parser is most of the scan's code.
                const { checkIngress } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(925)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98925));
                const verdict = checkIngress(file.text, file.path, config);
                if (verdict.ingresses.length === 0 && verdict.findings.length === 0)
                    continue;
                results.push(proxy_config_result(file.path, [
                    {
                        check: 'proxy-config',
                        status: 'pass',
                        title: `Ingress manifest: ${verdict.ingresses.join(', ') || 'none'}`,
                        location: { file: file.path, line: 1 }
                    },
                    ...verdict.findings
                ]));
                continue;
            }
            const proxy = proxyOfFile(file);
            if (!proxy) {
                results.push(proxy_config_result(file.path, [skipped(file)]));
                continue;
            }
            checked.push({ file, proxy, verdict: await proxy.checkConfig(file, checkOptions(config)) });
        }
        // A file another matched file includes is checked there, in its context.
        const included = new Set(checked.flatMap(c => c.verdict.included ?? []));
        for (const { file, proxy, verdict } of checked) {
            if (included.has(file.path))
                continue;
            const findings = [summary(file.path, verdict), ...verdict.findings];
            if (config.configServe && proxy.serve)
                findings.push(...(await proxy.serve(file, { config, diagnose: ctx.diagnose })));
            results.push(proxy_config_result(file.path, findings));
        }
        return { results };
    }
};
function checkOptions(config) {
    return {
        workspace: config.workspace,
        idleTimeoutMs: config.idleTimeoutMs,
        websocketPaths: config.websocketPaths,
        minTlsVersion: config.minTlsVersion,
        failOnLegacyTls: config.failOnLegacyTls,
        requireTlsVersions: config.requireTlsVersions,
        targets: config.targets
    };
}

;// CONCATENATED MODULE: ./src/scans/changed-lines.ts
// The lines a pull request adds or changes, from git itself: `git diff --unified=0` against the
// base branch. Unknown (undefined) outside a pull request, or whenever git cannot tell (a shallow
// checkout without the base, no git, a timeout): the scan then simply does not sort by it.

/** How long git may take before the order is given up. */
const GIT_TIMEOUT_MS = 15_000;
async function changedLines(workspace, env, signal) {
    const event = env.GITHUB_EVENT_NAME;
    const baseRef = env.GITHUB_BASE_REF;
    if ((event !== 'pull_request' && event !== 'pull_request_target') || !baseRef)
        return undefined;
    const base = `origin/${baseRef}`;
    const diff = await git(workspace, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        `${base}...HEAD`,
        '--'
    ], signal);
    return diff === undefined ? undefined : { base, files: parseDiff(diff) };
}
function isChanged(changed, file, line) {
    return changed?.files.get(file)?.some(r => line >= r.from && line <= r.to) ?? false;
}
function git(cwd, args, signal) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 64 * 1024 * 1024,
            signal,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
        }, (err, stdout) => resolve(err ? undefined : stdout));
    });
}
/** `+++ b/path` then `@@ -a,b +c,d @@` hunks: lines c … c+d-1 are new (d = 0: none). */
function parseDiff(diff) {
    const files = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const name = unquote(line.slice(4));
            current = name?.startsWith('b/') ? [] : undefined;
            if (current && name)
                files.set(name.slice(2), current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const from = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            if (count > 0)
                current.push({ from, to: from + count - 1 });
        }
    }
    return files;
}
/** git's C-style quoting of unusual names ("b/a\"b\tc"); octal escapes are UTF-8 bytes. */
function unquote(name) {
    if (!name.startsWith('"'))
        return name;
    if (!name.endsWith('"') || name.length < 2)
        return undefined;
    const raw = Buffer.from(name.slice(1, -1), 'utf8');
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 };
    const bytes = [];
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== 0x5c || i + 1 === raw.length) {
            bytes.push(raw[i]);
            continue;
        }
        const octal = /^[0-7]{3}/.exec(raw.subarray(i + 1, i + 4).toString('latin1'));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            const escaped = String.fromCharCode(raw[i + 1]);
            bytes.push(simple[escaped] ?? raw[i + 1]);
            i++;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/scans/source.ts
// The source scan: ws:// URLs written into the code that pages run. An https page cannot open
// them (mixed content), so each is a failure at its file, line and column, with the field guide's
// Fix 3. Loopback and `allow-insecure-hosts` are accepted; test files are not read (they never
// run on a page). On a pull request the hits on lines it adds come first, so that the step's
// first annotations are about the change under review. The wss:// URLs found may become targets.









const SCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);
const MARKUP_EXTENSIONS = new Set(['.vue', '.svelte', '.html', '.htm']);
/** How a file is read, or undefined when the scan does not read it. */
function sourceKind(file) {
    const base = external_node_path_default().posix.basename(file);
    if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env'))
        return 'env';
    const ext = external_node_path_default().posix.extname(base).toLowerCase();
    if (SCRIPT_EXTENSIONS.has(ext))
        return 'script';
    if (MARKUP_EXTENSIONS.has(ext))
        return 'markup';
    return undefined;
}
/** Tests and mocks never run on a page; their ws:// URLs point at fake servers. */
function isTestFile(file) {
    return /(^|\/)(__tests__|__mocks__)\/|\.(test|spec)\.[cm]?[jt]sx?$/i.test(file);
}
const sourceScan = {
    check: 'source',
    phase: 'before',
    applies: config => config.scanPaths.length > 0,
    run: ctx => scanSources(ctx.config, process.env, (0,isolation/* deadlineSignal */.R)())
};
/** A host without IPv6 brackets, as allow-insecure-hosts may spell it either way. */
const bare = (host) => host.replace(/^\[(.*)\]$/, '$1');
async function scanSources(config, env, signal) {
    const [found, changed] = await Promise.all([
        findFiles(config.workspace, config.scanPaths),
        changedLines(config.workspace, env, signal)
    ]);
    const read = found.files.filter(f => sourceKind(f.path) !== undefined);
    const tests = read.filter(f => isTestFile(f.path));
    const scanned = read.filter(f => !isTestFile(f.path));
    const allowed = new Set(config.allowInsecureHosts.map(bare));
    const hits = [];
    const discovered = new Map();
    for (const [index, file] of scanned.entries()) {
        // Reading is synchronous: let the run's deadline timer fire between files.
        if (index % 50 === 49) {
            await new Promise(resolve => setImmediate(resolve));
            if (signal?.aborted)
                break;
        }
        for (const hit of fileHits(file, changed)) {
            const { url } = hit;
            if (url.scheme === 'wss') {
                // Whole URLs only (a base URL with a path concatenated to it is not the endpoint), and
                // not loopback: a developer's local server is not there to probe.
                if (url.complete && url.host && !isLoopbackHost(url.host) && !discovered.has(url.text))
                    discovered.set(url.text, { text: url.text, source: { file: hit.file, line: hit.line } });
            }
            else if (!(url.host && (isLoopbackHost(url.host) || allowed.has(bare(url.host))))) {
                hits.push(hit);
            }
        }
    }
    const notes = scanNotes(tests.length, found.skipped.filter(f => sourceKind(f.path) !== undefined));
    const results = fileResults(hits, changed);
    if (results.length > 0) {
        const first = results[0].findings[0];
        if (notes.length > 0)
            first.details = [...(first.details ?? []), ...notes];
    }
    else {
        results.push(source_summary(scanned.length, notes));
    }
    return { results, discovered: [...discovered.values()] };
}
function fileHits(file, changed) {
    const urls = findUrlLiterals(file.text, sourceKind(file.path));
    if (urls.length === 0)
        return [];
    const at = positions(file.text);
    return urls.map(url => {
        const { line, column } = at(url.offset);
        return {
            file: file.path,
            line,
            column,
            url,
            changed: isChanged(changed, file.path, line)
        };
    });
}
/** One result per file; files with hits on changed lines first, then by path; within a file
 * changed lines first, then in reading order. */
function fileResults(hits, changed) {
    const byFile = new Map();
    for (const hit of hits)
        byFile.set(hit.file, [...(byFile.get(hit.file) ?? []), hit]);
    const files = [...byFile.entries()].map(([file, list]) => ({
        file,
        hits: list.sort((a, b) => Number(b.changed) - Number(a.changed) || a.line - b.line || a.column - b.column)
    }));
    files.sort((a, b) => Number(b.hits[0].changed) - Number(a.hits[0].changed) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return files.map(({ file, hits: list }) => ({
        target: { label: file, scan: 'source', source: { file, line: list[0].line } },
        status: 'fail',
        findings: list.map(hit => hitFinding(hit, changed)),
        facts: {}
    }));
}
function hitFinding(hit, changed) {
    const { url } = hit;
    const written = url.concatenated !== undefined ? `'${url.text}' + ${url.concatenated}` : url.text;
    const shown = (0,src_secrets/* redactUnparsedUrl */.Hs)(written).text;
    const where = url.envKey
        ? `The value of ${url.envKey} in an environment file: a build that inlines it puts it in the page.`
        : url.host === undefined
            ? 'The host comes from code; the scheme is written as ws:// all the same.'
            : undefined;
    return {
        check: 'source',
        status: 'fail',
        title: `${hit.changed ? 'Added in this pull request: insecure' : 'Insecure'} WebSocket URL ${shown}: https pages cannot open it (mixed content)`,
        details: [
            ...(hit.changed ? [`Line ${hit.line} is new or changed against ${changed.base}.`] : []),
            ...(where ? [where] : []),
            `From an https page, Chromium throws ${MIXED_CONTENT_ERRORS.chromium} Firefox throws ${MIXED_CONTENT_ERRORS.firefox}`
        ],
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
        fix: (0,remedies/* sourceSchemeFix */.yH)(url.rest, url.concatenated, url.envKey),
        location: { file: hit.file, line: hit.line, column: hit.column }
    };
}
function scanNotes(tests, skipped) {
    const notes = [];
    if (tests > 0)
        notes.push(`${tests} test ${tests === 1 ? 'file' : 'files'} not scanned.`);
    if (skipped.length > 0) {
        const listed = skipped.slice(0, 10).map(s => `${s.path} (${s.why})`);
        const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : '';
        notes.push(`Not read: ${listed.join(', ')}${more}.`);
    }
    return notes;
}
function source_summary(scanned, notes) {
    const finding = scanned === 0
        ? {
            check: 'source',
            status: 'warn',
            title: 'scan-paths matched no source file (JS, TS, Vue, Svelte, HTML, .env)',
            ...(notes.length > 0 ? { details: notes } : {}),
            fix: { text: 'Check the globs of scan-paths: they are relative to the workspace.' }
        }
        : {
            check: 'source',
            status: 'pass',
            title: `${scanned} ${scanned === 1 ? 'file' : 'files'} scanned, no insecure WebSocket URL`,
            ...(notes.length > 0 ? { details: notes } : {})
        };
    return {
        target: { label: 'source files (scan-paths)', scan: 'source' },
        status: finding.status,
        findings: [finding],
        facts: {}
    };
}

;// CONCATENATED MODULE: ./src/scans/index.ts
// The scans, in the order they run within their phase. A new scan is one line here.




const SCANS = [
    sourceScan, // ws:// URLs written in the code (may add the wss:// ones as targets)
    pageScan, // the https pages and their scripts: ws:// endpoints, CSP connect-src
    proxyConfigScan, // the nginx and Ingress configuration, at its lines (and served, on request)
    browserScan // after the targets: what headless Chromium makes of the pages and endpoints
];

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
// the offer, which trusts no root): a context with ~150 roots costs milliseconds to build, so
// connections share them.



function createTrustStore(extraCAs, client) {
    const all = [...(external_node_tls_default()).rootCertificates, ...extraCAs];
    let fingerprints;
    const contexts = new Map();
    // `ca` replaces Node's roots, so the extra CAs come with all of them.
    const base = {
        ...(extraCAs.length > 0 ? { ca: all } : {}),
        ...(client ?? {})
    };
    return {
        secureContext: extraCAs.length > 0 || client ? external_node_tls_default().createSecureContext(base) : undefined,
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
/** SHA-256 of the DER, formatted like X509Certificate#fingerprint256 (without parsing it). */
function pemFingerprint256(pem) {
    const der = Buffer.from((0,src_der/* pemBase64 */.Sz)(pem), 'base64');
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
}

;// CONCATENATED MODULE: ./src/doctor.ts
// The run itself, the same for the action and the CLI: every target through every probe that
// applies, a bounded number of targets at a time. A probe that throws becomes a finding, so
// does one whose connection throws from a callback (src/isolation.ts); the run as a whole ends
// at its deadline with every target reported.











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
    const timer = setTimeout(() => deadline.abort(), config.deadlineMs);
    const { results, scanned } = await (0,isolation/* withBackstop */.wM)(async () => {
        // config-serve probes what it served with the run's probes, and no scans.
        const scanRun = { ...run, diagnose: (inner) => diagnose(inner, new Date(), PROBES, []) };
        const before = await runScans(scans, 'before', { ...scanRun, results: [] }, deadline.signal);
        const targets = [...config.targets, ...discoveredTargets(config, before.discovered ?? [])];
        const probed = await mapConcurrent(targets, config.concurrency, target => deadline.signal.aborted
            ? Promise.resolve(notChecked(target, config.deadlineMs))
            : probeTarget(target, run, probes, deadline.signal));
        const after = await runScans(scans, 'after', { ...scanRun, results: probed }, deadline.signal);
        return { results: probed, scanned: [...before.results, ...after.results] };
    }).finally(() => clearTimeout(timer));
    // Endpoints first, then what the scans checked: every reporter renders both alike.
    const all = [...results, ...scanned];
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of all)
        counts[r.status]++;
    return {
        generatedAt: now,
        result: worstStatus(all.map(r => r.status)),
        counts,
        results: all,
        earliestExpiry: earliestExpiry(results)
    };
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
    return atLeast(report.result, failOn === 'warning' ? 'warn' : 'fail');
}
async function probeTarget(target, run, probes, deadline) {
    const findings = [];
    const ctx = { ...run, target, facts: {}, earlier: findings };
    let cutOff = false;
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
            const outcome = await runProbe(probe, ctx, deadline);
            cutOff = outcome.cutOff;
            findings.push(...outcome.findings);
        }
    }
    finally {
        // The default handshake's connection, when no upgrade took it.
        ctx.facts.connection?.destroy();
        delete ctx.facts.connection;
    }
    // What a proxy must change is worded for the proxy that answered (told by the upgrade).
    const worded = withProxyFixes(findings, ctx.facts.proxy);
    // Report order (CHECKS), not run order: the chain check runs late but reads best after trust.
    worded.sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check));
    // The TLS session and the certificates as sent serve this target's later probes only: no
    // reporter shows them, and kept for every target of a fleet they grow with it.
    const { tlsSession: _session, sentChain: _sent, ...facts } = ctx.facts;
    return { target, status: worstStatus(worded.map(f => f.status)), findings: worded, facts };
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
 * of its callbacks (the backstop) or the deadline becomes one failing finding. */
function isolated(check, deadlineMs, deadline, work) {
    return new Promise(resolve => {
        const stopWaiting = (0,isolation/* onAbort */.u7)(deadline, () => resolve({
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
    const output = { results: [], discovered: [] };
    for (const scan of scans) {
        if (scan.phase !== phase || !scan.applies(ctx.config) || deadline.aborted)
            continue;
        const outcome = await isolated(scan.check, ctx.config.deadlineMs, deadline, () => scan.run(ctx));
        if (outcome.ok) {
            output.results.push(...outcome.value.results);
            output.discovered.push(...(outcome.value.discovered ?? []));
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
        status: 'fail',
        title: `wss-doctor could not run the ${check} check: ${err instanceof Error ? err.message : String(err)}`,
        cause: 'An internal error in wss-doctor, not necessarily a problem with the endpoint',
        fix: { text: 'Please report this with the target URL (redacted) and the log.' }
    };
}
function timedOut(check, deadlineMs, state) {
    return {
        check,
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

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(38422);
;// CONCATENATED MODULE: ./src/report/json.ts
/** Raised whenever a field's meaning changes or a field a reporter needs is added: merging
 * refuses reports of another version. 2: facts for the merge (versions, upgrade, …), shard,
 * position. 3: upgrade.connection (reused, resumed, new) instead of upgrade.resumedSession. */
const REPORT_VERSION = 3;
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
function reportedTarget({ target, status, findings, facts }) {
    return {
        label: target.label,
        source: target.source,
        endpoint: target.endpoint,
        problem: target.problem,
        scan: target.scan,
        position: target.position,
        status,
        findings,
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

;// CONCATENATED MODULE: ./src/merge.ts
// merge-reports: the JSON reports of a sharded run (or of several runs) → one Report, which the
// reporters render exactly as if one run had checked the whole list. Refuses what would make a
// wrong verdict: another report version, a target in two reports, a shard missing or twice.






const STATUSES = ['pass', 'warn', 'fail'];
/** The files the globs match (relative to `cwd`), read; none matched is an error. */
async function readReportFiles(globs, cwd) {
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
        result: worstStatus(results.map(r => r.status)),
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
            typeof f.title !== 'string' ||
            !STATUSES.includes(f.status))
            return 'a finding without check, status and title';
    }
    if (entry.position !== undefined && typeof entry.position !== 'number')
        return 'a bad "position"';
    return undefined;
}
/** Back to a TargetResult; certificates get an empty PEM (no reporter shows it). */
function toResult(entry) {
    const { label, source, endpoint, problem, scan, position, status, findings, ...facts } = entry;
    const target = { label, source, endpoint, problem, scan, position };
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
    mkdirSync(tempRoot, { recursive: true });
    return path.join(mkdtempSync(path.join(tempRoot, 'wss-doctor-')), 'report.json');
}
/** Appends to the job summary file; its directory belongs to the runner and is not created. */
function appendSummary(file, markdown) {
    appendFileSync(file, markdown);
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

;// CONCATENATED MODULE: ./src/report/checks.ts
// Shared by reporters: the icon for a status and each target's one-line verdict per check.

const ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
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
const checks_VERSION_LABEL = {
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
    return Object.keys(checks_VERSION_LABEL)
        .map(v => {
        const { support, status } = versions[v];
        const mark = support === 'unknown'
            ? '?'
            : status !== 'pass'
                ? ICON[status]
                : support === 'accepted'
                    ? '✅'
                    : '—';
        return `${checks_VERSION_LABEL[v]} ${mark}`;
    })
        .join(' · ');
}
/** "101 · chat.v1 · 1.2 ms", or the status that came instead of 101. */
function upgradeSummary(result) {
    const upgrade = result.facts.upgrade;
    if (!upgrade)
        return undefined;
    // The upgrade check's verdict, not the status code alone: a 101 that then drops fails.
    const verdict = worstStatus(result.findings.filter(f => f.check === 'upgrade').map(f => f.status));
    return [
        `${upgrade.status === 101 ? ICON[verdict] : '❌'} ${upgrade.status}`,
        ...(upgrade.subprotocol ? [upgrade.subprotocol] : []),
        ...(upgrade.roundTripMs !== undefined ? [`${upgrade.roundTripMs} ms`] : [])
    ].join(' · ');
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

;// CONCATENATED MODULE: ./src/report/sarif.ts
// Findings → a SARIF 2.1.0 log for GitHub code scanning: each failed or warned check that points
// at a line of the repository (a scan hit, a targets-file line) becomes an alert there. Code
// scanning needs a location, so findings without one are only in the other reports.




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const RULE_PREFIX = 'wss-doctor/';
/** The partialFingerprints key; a new version (v2) if the normalization ever changes. */
const FINGERPRINT_KEY = 'wssDoctorFinding/v1';
const LEVEL = {
    fail: 'error',
    warn: 'warning'
};
/** What each check judges: the rule's short description. */
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
    compare: 'Plain ws:// and wss:// behave alike',
    origin: 'Upgrades from a foreign Origin are refused',
    source: 'WebSocket URLs in the repository are secure',
    page: 'Pages open their WebSockets over wss://',
    browser: 'A real browser can open the WebSocket',
    'proxy-config': 'The proxy configuration passes WebSocket upgrades'
};
function renderSarif(report) {
    const checks = [];
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
            if (!checks.includes(finding.check))
                checks.push(finding.check);
            if (finding.fix)
                addFix(fixes, finding.check, target.label, finding.fix);
            // Two alike findings of one target (one URL on two lines of a file) stay two alerts.
            const identity = fingerprint(finding.check, target.label, finding.title);
            const occurrence = (seen.get(identity) ?? 0) + 1;
            seen.set(identity, occurrence);
            results.push({
                ruleId: `${RULE_PREFIX}${finding.check}`,
                ruleIndex: checks.indexOf(finding.check),
                level: LEVEL[finding.status],
                message: { text: sarif_message(target.label, finding) },
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
                        rules: checks.map(check => rule(check, [...(fixes.get(check)?.values() ?? [])]))
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
 * closing and reopening it: check, target and title, with what changes from run to run taken
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
function sarif_message(label, finding) {
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
function addFix(fixes, check, label, fix) {
    const byFix = fixes.get(check) ?? new Map();
    fixes.set(check, byFix);
    const key = JSON.stringify([fix.text, fix.code?.lang, fix.code?.text]);
    const entry = byFix.get(key) ?? { targets: [], fix };
    byFix.set(key, entry);
    if (!entry.targets.includes(label))
        entry.targets.push(label);
}
/**
 * A rule per check. Its help is the fix: the fixes of this run's findings of that check, each
 * once with the targets it applies to (a fix names the target's host, so one check can have
 * several). Code scanning shows the help on every alert of the rule.
 */
function rule(check, fixes) {
    const description = RULE_DESCRIPTION[check];
    const text = [];
    const markdown = [];
    for (const { targets, fix } of fixes) {
        const heading = fixes.length > 1 ? `${targets.map(oneLine).join(', ')}: ` : '';
        text.push(`${heading}${fix.text}${fix.code ? `\n\n${fix.code.text}` : ''}`);
        markdown.push(`${heading ? `**${escapeMarkdown(targets.join(', '))}:** ` : ''}${escapeMarkdown(fix.text)}${fix.code ? `\n\n${codeBlock(fix.code.lang, fix.code.text)}` : ''}`);
    }
    const none = 'See the wss-doctor job summary for the details of each finding.';
    return {
        id: `${RULE_PREFIX}${check}`,
        name: check,
        shortDescription: { text: description },
        fullDescription: { text: `wss-doctor's ${check} check: ${description.toLowerCase()}.` },
        help: {
            text: text.length > 0 ? text.join('\n\n') : none,
            markdown: markdown.length > 0 ? markdown.join('\n\n') : none
        },
        properties: { tags: ['security', 'tls', 'websocket'] }
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
    const { counts } = report;
    yield text([
        `wss-doctor: ${report.results.length} targets: ${paint('fail', `${counts.fail} failed`)}, ${paint('warn', `${counts.warn} warned`)}, ${paint('pass', `${counts.pass} passed`)}`,
        ''
    ]);
    for (const result of report.results)
        yield text([...targetLines(result, report.generatedAt, paint, dim), '']);
    yield text([`Result: ${paint(report.result, report.result.toUpperCase())}`]);
}
function targetLines(result, now, paint, dim) {
    const { target } = result;
    const where = target.source ? dim(`  (${target.source.file}:${target.source.line})`) : '';
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
    for (const f of result.findings) {
        lines.push(`    ${paint(f.status, MARK[f.status])} ${f.check.padEnd(10)} ${oneLine(f.title)}`);
        if (f.status === 'pass')
            continue;
        if (f.cause)
            lines.push(`                 cause: ${oneLine(f.cause)}`);
        if (f.fix) {
            lines.push(`                 fix:   ${oneLine(f.fix.text)}`);
            for (const codeLine of f.fix.code?.text.split('\n') ?? [])
                lines.push(dim(`                   ${safeLogLine(codeLine)}`));
        }
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
    const start = Date.now();
    const first = await diagnose(config);
    const results = [...first.results];
    let pending = results.flatMap((r, i) => (retriable(r) ? [i] : []));
    options.onAttempt?.(1, pending.length);
    if (config.waitMs === 0 || pending.length === 0)
        return first;
    const attempts = new Map(pending.map(i => [i, [{ number: 1, atMs: 0, result: results[i] }]]));
    const waitEnd = start + Math.min(config.waitMs, config.deadlineMs);
    const backoff = options.backoff ?? BACKOFF;
    let delay = backoff.firstMs;
    for (let number = 2; pending.length > 0 && Date.now() < waitEnd; number++) {
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(delay, waitEnd - Date.now()));
        delay = Math.min(delay * 2, backoff.maxMs);
        const left = start + config.deadlineMs - Date.now();
        if (left <= 0)
            break;
        const atMs = Date.now() - start;
        // Only the failing targets, under what is left of the run's deadline; no scans again.
        const again = await diagnose({ ...config, targets: pending.map(i => results[i].target), deadlineMs: left }, new Date(), PROBES, []);
        pending.forEach((i, k) => {
            results[i] = again.results[k];
            attempts.get(i).push({ number, atMs, result: again.results[k] });
        });
        pending = pending.filter(i => results[i].status === 'fail');
        options.onAttempt?.(number, pending.length);
    }
    for (const [i, tried] of attempts)
        results[i] = withAttempts(tried, config.waitMs);
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of results)
        counts[r.status]++;
    return {
        generatedAt: first.generatedAt,
        result: worstStatus(results.map(r => r.status)),
        counts,
        results,
        earliestExpiry: earliestExpiry(results)
    };
}
/** A failing endpoint may come right; an entry that is not a URL, or a scan's result, not. */
function retriable(result) {
    const { target } = result;
    return result.status === 'fail' && !target.scan && !target.problem && Boolean(target.endpoint);
}
/** The last attempt's result with a finding (check `input`: the wait is part of the run's
 * input) that gives the verdict of the wait and, in its details, every attempt. */
function withAttempts(tried, waitMs) {
    const first = tried[0];
    const last = tried[tried.length - 1];
    const oldLeaf = leaf(first.result);
    const newLeaf = leaf(last.result);
    const after = `${wait_seconds(last.atMs)} after the first (wait ${duration(waitMs)})`;
    const details = tried.map(attempt => attemptLine(attempt, oldLeaf));
    let finding;
    if (last.result.status !== 'fail') {
        const change = newLeaf && oldLeaf && !sameCertificate(newLeaf, oldLeaf)
            ? `: now serving a new certificate (${certificateText(newLeaf)})`
            : '';
        finding = {
            check: 'input',
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
    return { ...last.result, findings, status: worstStatus(findings.map(f => f.status)) };
}
function attemptLine({ number, atMs, result }, oldLeaf) {
    const verdict = result.status === 'fail' ? `failed (${failedChecks(result)})` : `${result.status}ed`;
    const cert = leaf(result);
    const serving = !cert
        ? 'no certificate'
        : number > 1 && oldLeaf && sameCertificate(cert, oldLeaf)
            ? 'the same certificate'
            : `certificate ${certificateText(cert)}`;
    return `Attempt ${number} at ${wait_seconds(atMs)}: ${verdict}; ${serving}`;
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
function wait_seconds(ms) {
    return `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The `wss-doctor` command: flags → the same Config and run as the action, a text report,
// exit 0 (pass), 1 (a check failed under --fail-on) or 2 (bad usage).











/** After a usage error: short, so that the error stays in view. */
const USAGE = `Usage: wss-doctor [options] <wss://url>...
       wss-doctor merge [options] <report.json>...
Run wss-doctor --help for every option with its default.`;
/** `--help`: generated from the input table, so that every input is listed with its real default. */
const HELP = `Usage: wss-doctor [options] <wss://url>...
       wss-doctor merge [options] <report.json>...

Checks secure WebSocket endpoints: TLS handshake, certificate trust, host name, expiry, TLS
versions and the WebSocket upgrade itself. \`merge\` probes nothing: it reads the JSON reports of
shards (--shard, --json-report) and reports them as one run (exit status from the merged result).

Arguments and options (the action's inputs, as flags):
${(0,inputs/* cliOptionsHelp */.Op)([
    ['--color / --no-color', 'Colour output. Default: when stdout is a TTY and NO_COLOR is unset.'],
    ['-h, --help', 'This text.']
])}

Exit status: 0 passed, 1 a check failed (see --fail-on), 2 bad usage.`;
/** Inputs given as several lines in the action: a repeatable flag each. */
const REPEATABLE = inputs/* INPUTS */.mc.filter(i => 'repeatable' in i && i.repeatable).map(i => i.name);
async function main(argv) {
    const merging = argv[0] === 'merge';
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: merging ? argv.slice(1) : argv,
            allowPositionals: true,
            options: {
                ...Object.fromEntries(inputs/* CLI_INPUT_NAMES */.jl.filter(n => !REPEATABLE.includes(n) && n !== 'urls').map(n => [
                    n,
                    { type: 'string' }
                ])),
                ...Object.fromEntries(REPEATABLE.map(n => [n, { type: 'string', multiple: true }])),
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        process.stderr.write(`wss-doctor: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(`${HELP}\n`);
        return 0;
    }
    if (merging && positionals.length === 0) {
        process.stderr.write(`wss-doctor: merge: name the JSON reports to merge\n\n${USAGE}\n`);
        return 2;
    }
    const raw = { [merging ? 'merge-reports' : 'urls']: positionals.join('\n') };
    const flags = values;
    for (const name of inputs/* CLI_INPUT_NAMES */.jl) {
        const value = flags[name];
        if (typeof value === 'string')
            raw[name] = value;
        if (Array.isArray(value))
            raw[name] = value.join('\n');
    }
    try {
        const config = (0,src_config/* parseConfig */.o4)(raw, process.cwd());
        // merge-reports: the shards' reports stand in for a run.
        const report = maskReport(config.mergeReports.length > 0
            ? await mergeReportFiles(config.mergeReports, config.workspace)
            : await diagnoseAndWait(config), config.secrets);
        if (config.jsonReport)
            writeReport('JSON', config.jsonReport, jsonPieces(report, undefined, config.shard), config.secrets);
        if (config.sarifReport)
            writeReport('SARIF', config.sarifReport, [renderSarif(report)], config.secrets);
        const color = values['no-color']
            ? false
            : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
        for (const piece of maskPieces(terminalPieces(report, { color: Boolean(color) }), config.secrets))
            process.stdout.write(piece);
        return failsPolicy(report, config.failOn) ? 1 : 0;
    }
    catch (err) {
        if (err instanceof src_config/* ConfigError */.xL) {
            process.stderr.write(`wss-doctor: ${err.message}\n\n${USAGE}\n`);
            return 2;
        }
        process.stderr.write(`wss-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        return 2;
    }
}
/** A report that cannot be written is said on stderr; the text report and exit code stand. */
function writeReport(kind, file, pieces, secrets) {
    try {
        writeReportFile(file, maskPieces(pieces, secrets));
    }
    catch (err) {
        process.stderr.write(`wss-doctor: could not write the ${kind} report to ${file}: ${err.message}\n`);
    }
}


/***/ }),

/***/ 67340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: FAIL_ON, INPUT_NAMES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(38422);
;// CONCATENATED MODULE: ./node_modules/re2js/build/index.js
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return RE2JS.compile(pattern, flags);
	};
}


;// CONCATENATED MODULE: ./src/matcher.ts
// The `expect` pattern, compiled with RE2 (re2js): matching takes time linear in the text, so a
// hostile frame cannot stall the run with catastrophic backtracking (`^(a+)+$` on 'aaaa…!'), as
// it could with a JavaScript RegExp. RE2 has no backreferences or lookaround for that reason.

/** Only the first 64 KiB (65,536 UTF-16 code units) of a frame are matched: a bound on the work
 * per frame whatever the server sends. */
const MATCH_LIMIT = 64 * 1024;
/** Throws a SyntaxError that explains RE2 syntax when RE2 cannot compile `source`. */
function compileMatcher(source) {
    let re;
    try {
        re = RE2JS.compile(source);
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
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: keyPem, ...(passphrase ? { passphrase } : {}) });
    }
    catch (err) {
        const code = err.code ?? '';
        return {
            problem: /DECRYPT|BAD_DECRYPT|PASSPHRASE|INTERRUPTED_OR_CANCELLED/i.test(`${code} ${err.message}`)
                ? 'client-key is encrypted and client-key-passphrase does not open it'
                : 'client-key is not a PEM private key'
        };
    }
    if (!leaf.checkPrivateKey(key))
        return { problem: 'client-key does not belong to the first certificate in client-cert' };
    return { cert: pems.join('\n'), key: keyPem, passphrase: passphrase || undefined };
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
/** `baseDir` resolves relative paths: the workspace in Actions, the cwd for the CLI. */
function parseConfig(raw, baseDir) {
    // An empty input means its declared default, as in the action (core.getInput) and the CLI.
    const input = (name) => (raw[name] ?? '').trim() || inputs/* INPUT_DEFAULTS */.WJ[name];
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
    const githubToken = token === inputs/* INPUT_DEFAULTS */.WJ['github-token'] ? undefined : token;
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
        idleTimeoutMs: duration(input('idle-timeout'), 'idle-timeout', 1_000, 7 * 86_400_000),
        configServe: config_boolean(input('config-serve'), 'config-serve'),
        weakCrypto: oneOf(input('weak-crypto'), 'weak-crypto', ['warn', 'fail', 'off']),
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
const MiB = 1024 * 1024;
/** Reads at most FILE_LIMIT_BYTES: a huge or endless file (/dev/zero) is refused, not slurped. */
function readText(baseDir, file, name) {
    const limit = inputs/* FILE_LIMIT_BYTES */.dH;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(external_node_path_default().resolve(baseDir, file), 'r');
    }
    catch (err) {
        throw new ConfigError(`${name}: cannot read "${file}" (${errorCode(err)})`);
    }
    try {
        if ((0,external_node_fs_.fstatSync)(fd).isDirectory()) {
            throw new ConfigError(`${name}: "${file}" is a directory; give the path of a file`);
        }
        const chunks = [];
        let total = 0;
        // One byte past the limit tells a file of exactly the limit from a longer one.
        while (total <= limit) {
            const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
            const read = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                break;
            chunks.push(chunk.subarray(0, read));
            total += read;
        }
        if (total > limit) {
            throw new ConfigError(`${name}: "${file}" is larger than ${limit / MiB} MiB, the most wss-doctor reads from ${name}`);
        }
        return Buffer.concat(chunks, total).toString('utf8');
    }
    catch (err) {
        if (err instanceof ConfigError)
            throw err;
        throw new ConfigError(`${name}: cannot read "${file}" (${errorCode(err)})`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function errorCode(err) {
    return err.code ?? 'unreadable';
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
    const bits = details?.modulusLength ?? (details?.namedCurve ? CURVE_BITS[details.namedCurve] : undefined);
    return { type, bits };
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

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ cliOptionsHelp),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   dH: () => (/* binding */ FILE_LIMIT_BYTES),
/* harmony export */   jl: () => (/* binding */ CLI_INPUT_NAMES),
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, plainDescription, wrap */
// Every input, declared once: action.yml's `inputs:` block and the README's Inputs table are
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
        description: 'Globs of nginx configuration files and Kubernetes Ingress manifests to check for what WebSockets over TLS need, annotated at the line that breaks it. Empty: no configuration check.'
    },
    {
        name: 'websocket-paths',
        default: '',
        metavar: 'PATHS',
        description: 'nginx `location` paths that carry WebSocket traffic, besides those the configuration check recognises itself (a path or upstream named like a socket, the `map $http_upgrade` idiom).'
    },
    {
        name: 'idle-timeout',
        default: '60s',
        metavar: 'DURATION',
        description: 'The longest silence between frames of your WebSockets: proxy read and send timeouts must be longer (`90s`, `10m`; a bare number is seconds).'
    },
    {
        name: 'config-serve',
        default: 'false',
        metavar: 'BOOL',
        description: '`true`: also run the nginx configuration from `config-paths` for real on loopback (with throwaway certificates and a local WebSocket echo as upstream) and probe it; needs nginx on the runner.'
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


/***/ }),

/***/ 70782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o9: () => (/* binding */ MALFORMED_PEER_DATA),
  R: () => (/* binding */ deadlineSignal),
  ah: () => (/* binding */ guard),
  SB: () => (/* binding */ inScope),
  u7: () => (/* binding */ onAbort),
  Tq: () => (/* binding */ settleOnce),
  wM: () => (/* binding */ withBackstop)
});

// UNUSED EXPORTS: asError

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
;// CONCATENATED MODULE: ./src/isolation.ts
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
const scopes = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
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

/***/ 20515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ reissueFix),
/* harmony export */   JV: () => (/* binding */ allowOriginFix),
/* harmony export */   Ko: () => (/* binding */ subprotocolFix),
/* harmony export */   M5: () => (/* binding */ authenticationFix),
/* harmony export */   WR: () => (/* binding */ ingressTimeoutFix),
/* harmony export */   _z: () => (/* binding */ renewalFix),
/* harmony export */   fx: () => (/* binding */ notYetValidFix),
/* harmony export */   gD: () => (/* binding */ checkOriginFix),
/* harmony export */   gP: () => (/* binding */ weakSignatureFix),
/* harmony export */   il: () => (/* binding */ trustedCertificateFix),
/* harmony export */   io: () => (/* binding */ ingressTlsFix),
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
        text: `Browsers only trust certificates from a public CA: use one (for example Let's Encrypt) for ${host}. For an internal service whose clients trust your own CA, give that CA to wss-doctor with the ca-file input (Fix 4 of the field guide; never in production for browsers).`,
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
/** An ingress-nginx Ingress whose timeouts cut idle WebSockets: the two annotations. */
function ingressTimeoutFix(timeoutSeconds) {
    return {
        text: `ingress-nginx proxies WebSockets without further setup, but closes one after proxy-read-timeout/proxy-send-timeout seconds without a frame (60 by default): set both longer than the longest silence, and let the application ping.`,
        code: {
            lang: 'yaml',
            text: [
                'metadata:',
                '  annotations:',
                `    nginx.ingress.kubernetes.io/proxy-read-timeout: "${timeoutSeconds}"`,
                `    nginx.ingress.kubernetes.io/proxy-send-timeout: "${timeoutSeconds}"`
            ].join('\n')
        }
    };
}
/** An Ingress host without TLS: a `spec.tls` entry naming it, with its certificate's secret. */
function ingressTlsFix(hosts, secretName) {
    return {
        text: `List every host of the rules under spec.tls with the secret holding its certificate (cert-manager fills it when the Ingress carries its cluster-issuer annotation); a host left out is served with the controller's default certificate, which no browser trusts.`,
        code: {
            lang: 'yaml',
            text: [
                'spec:',
                '  tls:',
                '    - hosts:',
                ...hosts.map(h => `        - ${h}`),
                `      secretName: ${secretName}`
            ].join('\n')
        }
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
/* harmony export */   jC: () => (/* binding */ splitUrlsInput),
/* harmony export */   oO: () => (/* binding */ resolveKey),
/* harmony export */   qK: () => (/* binding */ parseResolve)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27194);
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
        addresses.set(key, [...new Set([...(addresses.get(key) ?? []), ...list])]);
    }
    return { addresses, problems };
}
function resolveKey(host, port) {
    return `${host.toLowerCase()}:${port}`;
}
// Lower-case after URL parsing; IDNs arrive as punycode (xn--…).
const DNS_NAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*\.?$/;
/** One list entry → a Target. URLs must be ws:// or wss://, with a host and no fragment. */
function toTarget(entry, resolve) {
    const { text, source } = entry;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Still masked: a URL can fail to parse and yet carry a password or a token.
        const shown = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUnparsedUrl */ .Hs)(text);
        return {
            target: {
                label: shown.text,
                source,
                problem: `Malformed URL "${shown.text}": not an absolute URL (expected wss://host[:port]/path)`
            },
            secrets: shown.secrets
        };
    }
    const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .urlSecrets */ .Fn)(url);
    const label = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url);
    const shown = new URL(label);
    // An entry that is no endpoint is echoed: what looks like a password anywhere in it (a
    // `:…@` in a path, a fragment, an odd scheme) is redacted and masked first.
    const problem = (text) => {
        const echoed = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUnparsedUrl */ .Hs)(label);
        const explained = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUnparsedUrl */ .Hs)(text);
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

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

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
/******/ var __webpack_exports__ = __nccwpck_require__(37318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map