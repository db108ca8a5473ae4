/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

/**
 * user_x86_regs_mode enum.
 * @name user_x86_regs_mode
 * @enum {number}
 * @property {number} NATIVE=1 NATIVE value
 * @property {number} COMPAT=2 COMPAT value
 */
$root.user_x86_regs_mode = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[1] = "NATIVE"] = 1;
    values[valuesById[2] = "COMPAT"] = 2;
    return values;
})();

$root.user_x86_regs_entry = (function() {

    /**
     * Properties of a user_x86_regs_entry.
     * @typedef {Object} user_x86_regs_entry.$Properties
     * @property {number|Long} r15 user_x86_regs_entry r15
     * @property {number|Long} r14 user_x86_regs_entry r14
     * @property {number|Long} r13 user_x86_regs_entry r13
     * @property {number|Long} r12 user_x86_regs_entry r12
     * @property {number|Long} bp user_x86_regs_entry bp
     * @property {number|Long} bx user_x86_regs_entry bx
     * @property {number|Long} r11 user_x86_regs_entry r11
     * @property {number|Long} r10 user_x86_regs_entry r10
     * @property {number|Long} r9 user_x86_regs_entry r9
     * @property {number|Long} r8 user_x86_regs_entry r8
     * @property {number|Long} ax user_x86_regs_entry ax
     * @property {number|Long} cx user_x86_regs_entry cx
     * @property {number|Long} dx user_x86_regs_entry dx
     * @property {number|Long} si user_x86_regs_entry si
     * @property {number|Long} di user_x86_regs_entry di
     * @property {number|Long} orig_ax user_x86_regs_entry orig_ax
     * @property {number|Long} ip user_x86_regs_entry ip
     * @property {number|Long} cs user_x86_regs_entry cs
     * @property {number|Long} flags user_x86_regs_entry flags
     * @property {number|Long} sp user_x86_regs_entry sp
     * @property {number|Long} ss user_x86_regs_entry ss
     * @property {number|Long} fs_base user_x86_regs_entry fs_base
     * @property {number|Long} gs_base user_x86_regs_entry gs_base
     * @property {number|Long} ds user_x86_regs_entry ds
     * @property {number|Long} es user_x86_regs_entry es
     * @property {number|Long} fs user_x86_regs_entry fs
     * @property {number|Long} gs user_x86_regs_entry gs
     * @property {user_x86_regs_mode|null} [mode] user_x86_regs_entry mode
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a user_x86_regs_entry.
     * @exports Iuser_x86_regs_entry
     * @interface Iuser_x86_regs_entry
     * @augments user_x86_regs_entry.$Properties
     * @deprecated Use user_x86_regs_entry.$Properties instead.
     */

    /**
     * Shape of a user_x86_regs_entry.
     * @typedef {user_x86_regs_entry.$Properties} user_x86_regs_entry.$Shape
     */

    /**
     * Constructs a new user_x86_regs_entry.
     * @exports user_x86_regs_entry
     * @classdesc Represents a user_x86_regs_entry.
     * @constructor
     * @param {user_x86_regs_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var user_x86_regs_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * user_x86_regs_entry r15.
     * @member {number|Long} r15
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r15 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r14.
     * @member {number|Long} r14
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r14 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r13.
     * @member {number|Long} r13
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r13 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r12.
     * @member {number|Long} r12
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r12 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry bp.
     * @member {number|Long} bp
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.bp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry bx.
     * @member {number|Long} bx
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.bx = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r11.
     * @member {number|Long} r11
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r11 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r10.
     * @member {number|Long} r10
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r10 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r9.
     * @member {number|Long} r9
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r9 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry r8.
     * @member {number|Long} r8
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.r8 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry ax.
     * @member {number|Long} ax
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.ax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry cx.
     * @member {number|Long} cx
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.cx = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry dx.
     * @member {number|Long} dx
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.dx = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry si.
     * @member {number|Long} si
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.si = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry di.
     * @member {number|Long} di
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.di = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry orig_ax.
     * @member {number|Long} orig_ax
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.orig_ax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry ip.
     * @member {number|Long} ip
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.ip = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry cs.
     * @member {number|Long} cs
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.cs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry flags.
     * @member {number|Long} flags
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.flags = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry sp.
     * @member {number|Long} sp
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.sp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry ss.
     * @member {number|Long} ss
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.ss = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry fs_base.
     * @member {number|Long} fs_base
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.fs_base = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry gs_base.
     * @member {number|Long} gs_base
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.gs_base = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry ds.
     * @member {number|Long} ds
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.ds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry es.
     * @member {number|Long} es
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.es = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry fs.
     * @member {number|Long} fs
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.fs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry gs.
     * @member {number|Long} gs
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.gs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_regs_entry mode.
     * @member {user_x86_regs_mode} mode
     * @memberof user_x86_regs_entry
     * @instance
     */
    user_x86_regs_entry.prototype.mode = 1;

    /**
     * Creates a new user_x86_regs_entry instance using the specified properties.
     * @function create
     * @memberof user_x86_regs_entry
     * @static
     * @param {user_x86_regs_entry.$Properties=} [properties] Properties to set
     * @returns {user_x86_regs_entry} user_x86_regs_entry instance
     * @type {{
     *   (properties: user_x86_regs_entry.$Shape): user_x86_regs_entry & user_x86_regs_entry.$Shape;
     *   (properties?: user_x86_regs_entry.$Properties): user_x86_regs_entry;
     * }}
     */
    user_x86_regs_entry.create = function(properties) {
        return new user_x86_regs_entry(properties);
    };

    /**
     * Encodes the specified user_x86_regs_entry message. Does not implicitly {@link user_x86_regs_entry.verify|verify} messages.
     * @function encode
     * @memberof user_x86_regs_entry
     * @static
     * @param {user_x86_regs_entry.$Properties} message user_x86_regs_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    user_x86_regs_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.r15);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.r14);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.r13);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.r12);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bp);
        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bx);
        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.r11);
        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.r10);
        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.r9);
        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.r8);
        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.ax);
        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.cx);
        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.dx);
        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.si);
        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.di);
        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.orig_ax);
        writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.ip);
        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.cs);
        writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.flags);
        writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.sp);
        writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.ss);
        writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.fs_base);
        writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.gs_base);
        writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.ds);
        writer.uint32(/* id 25, wireType 0 =*/200).uint64(message.es);
        writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.fs);
        writer.uint32(/* id 27, wireType 0 =*/216).uint64(message.gs);
        if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
            writer.uint32(/* id 28, wireType 0 =*/224).int32(message.mode);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a user_x86_regs_entry message from the specified reader or buffer.
     * @function decode
     * @memberof user_x86_regs_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {user_x86_regs_entry & user_x86_regs_entry.$Shape} user_x86_regs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    user_x86_regs_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.user_x86_regs_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.r15 = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.r14 = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.r13 = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.r12 = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.bp = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.bx = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.r11 = reader.uint64();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.r10 = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.r9 = reader.uint64();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.r8 = reader.uint64();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.ax = reader.uint64();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.cx = reader.uint64();
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.dx = reader.uint64();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.si = reader.uint64();
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.di = reader.uint64();
                    continue;
                }
            case 16: {
                    if (wireType !== 0)
                        break;
                    message.orig_ax = reader.uint64();
                    continue;
                }
            case 17: {
                    if (wireType !== 0)
                        break;
                    message.ip = reader.uint64();
                    continue;
                }
            case 18: {
                    if (wireType !== 0)
                        break;
                    message.cs = reader.uint64();
                    continue;
                }
            case 19: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint64();
                    continue;
                }
            case 20: {
                    if (wireType !== 0)
                        break;
                    message.sp = reader.uint64();
                    continue;
                }
            case 21: {
                    if (wireType !== 0)
                        break;
                    message.ss = reader.uint64();
                    continue;
                }
            case 22: {
                    if (wireType !== 0)
                        break;
                    message.fs_base = reader.uint64();
                    continue;
                }
            case 23: {
                    if (wireType !== 0)
                        break;
                    message.gs_base = reader.uint64();
                    continue;
                }
            case 24: {
                    if (wireType !== 0)
                        break;
                    message.ds = reader.uint64();
                    continue;
                }
            case 25: {
                    if (wireType !== 0)
                        break;
                    message.es = reader.uint64();
                    continue;
                }
            case 26: {
                    if (wireType !== 0)
                        break;
                    message.fs = reader.uint64();
                    continue;
                }
            case 27: {
                    if (wireType !== 0)
                        break;
                    message.gs = reader.uint64();
                    continue;
                }
            case 28: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.user_x86_regs_mode[value] !== $undefined)
                        message.mode = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "r15"))
            throw $util.ProtocolError("missing required 'r15'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r14"))
            throw $util.ProtocolError("missing required 'r14'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r13"))
            throw $util.ProtocolError("missing required 'r13'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r12"))
            throw $util.ProtocolError("missing required 'r12'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "bp"))
            throw $util.ProtocolError("missing required 'bp'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "bx"))
            throw $util.ProtocolError("missing required 'bx'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r11"))
            throw $util.ProtocolError("missing required 'r11'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r10"))
            throw $util.ProtocolError("missing required 'r10'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r9"))
            throw $util.ProtocolError("missing required 'r9'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "r8"))
            throw $util.ProtocolError("missing required 'r8'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ax"))
            throw $util.ProtocolError("missing required 'ax'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "cx"))
            throw $util.ProtocolError("missing required 'cx'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "dx"))
            throw $util.ProtocolError("missing required 'dx'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "si"))
            throw $util.ProtocolError("missing required 'si'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "di"))
            throw $util.ProtocolError("missing required 'di'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "orig_ax"))
            throw $util.ProtocolError("missing required 'orig_ax'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ip"))
            throw $util.ProtocolError("missing required 'ip'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "cs"))
            throw $util.ProtocolError("missing required 'cs'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sp"))
            throw $util.ProtocolError("missing required 'sp'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ss"))
            throw $util.ProtocolError("missing required 'ss'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fs_base"))
            throw $util.ProtocolError("missing required 'fs_base'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gs_base"))
            throw $util.ProtocolError("missing required 'gs_base'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ds"))
            throw $util.ProtocolError("missing required 'ds'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "es"))
            throw $util.ProtocolError("missing required 'es'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fs"))
            throw $util.ProtocolError("missing required 'fs'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gs"))
            throw $util.ProtocolError("missing required 'gs'", { instance: message });
        return message;
    };

    return user_x86_regs_entry;
})();

$root.user_x86_cet_entry = (function() {

    /**
     * Properties of a user_x86_cet_entry.
     * @typedef {Object} user_x86_cet_entry.$Properties
     * @property {number|Long} cet user_x86_cet_entry cet
     * @property {number|Long} ssp user_x86_cet_entry ssp
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a user_x86_cet_entry.
     * @exports Iuser_x86_cet_entry
     * @interface Iuser_x86_cet_entry
     * @augments user_x86_cet_entry.$Properties
     * @deprecated Use user_x86_cet_entry.$Properties instead.
     */

    /**
     * Shape of a user_x86_cet_entry.
     * @typedef {user_x86_cet_entry.$Properties} user_x86_cet_entry.$Shape
     */

    /**
     * Constructs a new user_x86_cet_entry.
     * @exports user_x86_cet_entry
     * @classdesc Represents a user_x86_cet_entry.
     * @constructor
     * @param {user_x86_cet_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var user_x86_cet_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * user_x86_cet_entry cet.
     * @member {number|Long} cet
     * @memberof user_x86_cet_entry
     * @instance
     */
    user_x86_cet_entry.prototype.cet = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_cet_entry ssp.
     * @member {number|Long} ssp
     * @memberof user_x86_cet_entry
     * @instance
     */
    user_x86_cet_entry.prototype.ssp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new user_x86_cet_entry instance using the specified properties.
     * @function create
     * @memberof user_x86_cet_entry
     * @static
     * @param {user_x86_cet_entry.$Properties=} [properties] Properties to set
     * @returns {user_x86_cet_entry} user_x86_cet_entry instance
     * @type {{
     *   (properties: user_x86_cet_entry.$Shape): user_x86_cet_entry & user_x86_cet_entry.$Shape;
     *   (properties?: user_x86_cet_entry.$Properties): user_x86_cet_entry;
     * }}
     */
    user_x86_cet_entry.create = function(properties) {
        return new user_x86_cet_entry(properties);
    };

    /**
     * Encodes the specified user_x86_cet_entry message. Does not implicitly {@link user_x86_cet_entry.verify|verify} messages.
     * @function encode
     * @memberof user_x86_cet_entry
     * @static
     * @param {user_x86_cet_entry.$Properties} message user_x86_cet_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    user_x86_cet_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cet);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ssp);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a user_x86_cet_entry message from the specified reader or buffer.
     * @function decode
     * @memberof user_x86_cet_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {user_x86_cet_entry & user_x86_cet_entry.$Shape} user_x86_cet_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    user_x86_cet_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.user_x86_cet_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.cet = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ssp = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "cet"))
            throw $util.ProtocolError("missing required 'cet'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ssp"))
            throw $util.ProtocolError("missing required 'ssp'", { instance: message });
        return message;
    };

    return user_x86_cet_entry;
})();

$root.user_x86_xsave_entry = (function() {

    /**
     * Properties of a user_x86_xsave_entry.
     * @typedef {Object} user_x86_xsave_entry.$Properties
     * @property {number|Long} xstate_bv user_x86_xsave_entry xstate_bv
     * @property {Array.<number>|null} [ymmh_space] user_x86_xsave_entry ymmh_space
     * @property {Array.<number|Long>|null} [bndreg_state] user_x86_xsave_entry bndreg_state
     * @property {Array.<number|Long>|null} [bndcsr_state] user_x86_xsave_entry bndcsr_state
     * @property {Array.<number|Long>|null} [opmask_reg] user_x86_xsave_entry opmask_reg
     * @property {Array.<number|Long>|null} [zmm_upper] user_x86_xsave_entry zmm_upper
     * @property {Array.<number|Long>|null} [hi16_zmm] user_x86_xsave_entry hi16_zmm
     * @property {Array.<number>|null} [pkru] user_x86_xsave_entry pkru
     * @property {user_x86_cet_entry.$Properties|null} [cet] user_x86_xsave_entry cet
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a user_x86_xsave_entry.
     * @exports Iuser_x86_xsave_entry
     * @interface Iuser_x86_xsave_entry
     * @augments user_x86_xsave_entry.$Properties
     * @deprecated Use user_x86_xsave_entry.$Properties instead.
     */

    /**
     * Shape of a user_x86_xsave_entry.
     * @typedef {user_x86_xsave_entry.$Properties} user_x86_xsave_entry.$Shape
     */

    /**
     * Constructs a new user_x86_xsave_entry.
     * @exports user_x86_xsave_entry
     * @classdesc Represents a user_x86_xsave_entry.
     * @constructor
     * @param {user_x86_xsave_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var user_x86_xsave_entry = function (properties) {
        this.ymmh_space = [];
        this.bndreg_state = [];
        this.bndcsr_state = [];
        this.opmask_reg = [];
        this.zmm_upper = [];
        this.hi16_zmm = [];
        this.pkru = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * user_x86_xsave_entry xstate_bv.
     * @member {number|Long} xstate_bv
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.xstate_bv = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_xsave_entry ymmh_space.
     * @member {Array.<number>} ymmh_space
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.ymmh_space = $util.emptyArray;

    /**
     * user_x86_xsave_entry bndreg_state.
     * @member {Array.<number|Long>} bndreg_state
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.bndreg_state = $util.emptyArray;

    /**
     * user_x86_xsave_entry bndcsr_state.
     * @member {Array.<number|Long>} bndcsr_state
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.bndcsr_state = $util.emptyArray;

    /**
     * user_x86_xsave_entry opmask_reg.
     * @member {Array.<number|Long>} opmask_reg
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.opmask_reg = $util.emptyArray;

    /**
     * user_x86_xsave_entry zmm_upper.
     * @member {Array.<number|Long>} zmm_upper
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.zmm_upper = $util.emptyArray;

    /**
     * user_x86_xsave_entry hi16_zmm.
     * @member {Array.<number|Long>} hi16_zmm
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.hi16_zmm = $util.emptyArray;

    /**
     * user_x86_xsave_entry pkru.
     * @member {Array.<number>} pkru
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.pkru = $util.emptyArray;

    /**
     * user_x86_xsave_entry cet.
     * @member {user_x86_cet_entry.$Properties|null|undefined} cet
     * @memberof user_x86_xsave_entry
     * @instance
     */
    user_x86_xsave_entry.prototype.cet = null;

    /**
     * Creates a new user_x86_xsave_entry instance using the specified properties.
     * @function create
     * @memberof user_x86_xsave_entry
     * @static
     * @param {user_x86_xsave_entry.$Properties=} [properties] Properties to set
     * @returns {user_x86_xsave_entry} user_x86_xsave_entry instance
     * @type {{
     *   (properties: user_x86_xsave_entry.$Shape): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
     *   (properties?: user_x86_xsave_entry.$Properties): user_x86_xsave_entry;
     * }}
     */
    user_x86_xsave_entry.create = function(properties) {
        return new user_x86_xsave_entry(properties);
    };

    /**
     * Encodes the specified user_x86_xsave_entry message. Does not implicitly {@link user_x86_xsave_entry.verify|verify} messages.
     * @function encode
     * @memberof user_x86_xsave_entry
     * @static
     * @param {user_x86_xsave_entry.$Properties} message user_x86_xsave_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    user_x86_xsave_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.xstate_bv);
        if (message.ymmh_space != null && message.ymmh_space.length)
            for (var i = 0; i < message.ymmh_space.length; ++i)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ymmh_space[i]);
        if (message.bndreg_state != null && message.bndreg_state.length)
            for (var i = 0; i < message.bndreg_state.length; ++i)
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bndreg_state[i]);
        if (message.bndcsr_state != null && message.bndcsr_state.length)
            for (var i = 0; i < message.bndcsr_state.length; ++i)
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bndcsr_state[i]);
        if (message.opmask_reg != null && message.opmask_reg.length)
            for (var i = 0; i < message.opmask_reg.length; ++i)
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.opmask_reg[i]);
        if (message.zmm_upper != null && message.zmm_upper.length)
            for (var i = 0; i < message.zmm_upper.length; ++i)
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.zmm_upper[i]);
        if (message.hi16_zmm != null && message.hi16_zmm.length)
            for (var i = 0; i < message.hi16_zmm.length; ++i)
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.hi16_zmm[i]);
        if (message.pkru != null && message.pkru.length)
            for (var i = 0; i < message.pkru.length; ++i)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.pkru[i]);
        if (message.cet != null && $Object.hasOwnProperty.call(message, "cet"))
            $root.user_x86_cet_entry.encode(message.cet, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a user_x86_xsave_entry message from the specified reader or buffer.
     * @function decode
     * @memberof user_x86_xsave_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {user_x86_xsave_entry & user_x86_xsave_entry.$Shape} user_x86_xsave_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    user_x86_xsave_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.user_x86_xsave_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.xstate_bv = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType === 2) {
                        if (!(message.ymmh_space && message.ymmh_space.length))
                            message.ymmh_space = [];
                        reader.uint32s(message.ymmh_space);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.ymmh_space && message.ymmh_space.length))
                        message.ymmh_space = [];
                    message.ymmh_space.push(reader.uint32());
                    continue;
                }
            case 3: {
                    if (wireType === 2) {
                        if (!(message.bndreg_state && message.bndreg_state.length))
                            message.bndreg_state = [];
                        reader.uint64s(message.bndreg_state);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.bndreg_state && message.bndreg_state.length))
                        message.bndreg_state = [];
                    message.bndreg_state.push(reader.uint64());
                    continue;
                }
            case 4: {
                    if (wireType === 2) {
                        if (!(message.bndcsr_state && message.bndcsr_state.length))
                            message.bndcsr_state = [];
                        reader.uint64s(message.bndcsr_state);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.bndcsr_state && message.bndcsr_state.length))
                        message.bndcsr_state = [];
                    message.bndcsr_state.push(reader.uint64());
                    continue;
                }
            case 5: {
                    if (wireType === 2) {
                        if (!(message.opmask_reg && message.opmask_reg.length))
                            message.opmask_reg = [];
                        reader.uint64s(message.opmask_reg);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.opmask_reg && message.opmask_reg.length))
                        message.opmask_reg = [];
                    message.opmask_reg.push(reader.uint64());
                    continue;
                }
            case 6: {
                    if (wireType === 2) {
                        if (!(message.zmm_upper && message.zmm_upper.length))
                            message.zmm_upper = [];
                        reader.uint64s(message.zmm_upper);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.zmm_upper && message.zmm_upper.length))
                        message.zmm_upper = [];
                    message.zmm_upper.push(reader.uint64());
                    continue;
                }
            case 7: {
                    if (wireType === 2) {
                        if (!(message.hi16_zmm && message.hi16_zmm.length))
                            message.hi16_zmm = [];
                        reader.uint64s(message.hi16_zmm);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.hi16_zmm && message.hi16_zmm.length))
                        message.hi16_zmm = [];
                    message.hi16_zmm.push(reader.uint64());
                    continue;
                }
            case 8: {
                    if (wireType === 2) {
                        if (!(message.pkru && message.pkru.length))
                            message.pkru = [];
                        reader.uint32s(message.pkru);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.pkru && message.pkru.length))
                        message.pkru = [];
                    message.pkru.push(reader.uint32());
                    continue;
                }
            case 9: {
                    if (wireType !== 2)
                        break;
                    message.cet = $root.user_x86_cet_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.cet);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "xstate_bv"))
            throw $util.ProtocolError("missing required 'xstate_bv'", { instance: message });
        return message;
    };

    return user_x86_xsave_entry;
})();

$root.user_x86_fpregs_entry = (function() {

    /**
     * Properties of a user_x86_fpregs_entry.
     * @typedef {Object} user_x86_fpregs_entry.$Properties
     * @property {number} cwd user_x86_fpregs_entry cwd
     * @property {number} swd user_x86_fpregs_entry swd
     * @property {number} twd user_x86_fpregs_entry twd
     * @property {number} fop user_x86_fpregs_entry fop
     * @property {number|Long} rip user_x86_fpregs_entry rip
     * @property {number|Long} rdp user_x86_fpregs_entry rdp
     * @property {number} mxcsr user_x86_fpregs_entry mxcsr
     * @property {number} mxcsr_mask user_x86_fpregs_entry mxcsr_mask
     * @property {Array.<number>|null} [st_space] user_x86_fpregs_entry st_space
     * @property {Array.<number>|null} [xmm_space] user_x86_fpregs_entry xmm_space
     * @property {Array.<number>|null} [padding] user_x86_fpregs_entry padding
     * @property {user_x86_xsave_entry.$Properties|null} [xsave] user_x86_fpregs_entry xsave
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a user_x86_fpregs_entry.
     * @exports Iuser_x86_fpregs_entry
     * @interface Iuser_x86_fpregs_entry
     * @augments user_x86_fpregs_entry.$Properties
     * @deprecated Use user_x86_fpregs_entry.$Properties instead.
     */

    /**
     * Shape of a user_x86_fpregs_entry.
     * @typedef {user_x86_fpregs_entry.$Properties} user_x86_fpregs_entry.$Shape
     */

    /**
     * Constructs a new user_x86_fpregs_entry.
     * @exports user_x86_fpregs_entry
     * @classdesc Represents a user_x86_fpregs_entry.
     * @constructor
     * @param {user_x86_fpregs_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var user_x86_fpregs_entry = function (properties) {
        this.st_space = [];
        this.xmm_space = [];
        this.padding = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * user_x86_fpregs_entry cwd.
     * @member {number} cwd
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.cwd = 0;

    /**
     * user_x86_fpregs_entry swd.
     * @member {number} swd
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.swd = 0;

    /**
     * user_x86_fpregs_entry twd.
     * @member {number} twd
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.twd = 0;

    /**
     * user_x86_fpregs_entry fop.
     * @member {number} fop
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.fop = 0;

    /**
     * user_x86_fpregs_entry rip.
     * @member {number|Long} rip
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.rip = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_fpregs_entry rdp.
     * @member {number|Long} rdp
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.rdp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * user_x86_fpregs_entry mxcsr.
     * @member {number} mxcsr
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.mxcsr = 0;

    /**
     * user_x86_fpregs_entry mxcsr_mask.
     * @member {number} mxcsr_mask
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.mxcsr_mask = 0;

    /**
     * user_x86_fpregs_entry st_space.
     * @member {Array.<number>} st_space
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.st_space = $util.emptyArray;

    /**
     * user_x86_fpregs_entry xmm_space.
     * @member {Array.<number>} xmm_space
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.xmm_space = $util.emptyArray;

    /**
     * user_x86_fpregs_entry padding.
     * @member {Array.<number>} padding
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.padding = $util.emptyArray;

    /**
     * user_x86_fpregs_entry xsave.
     * @member {user_x86_xsave_entry.$Properties|null|undefined} xsave
     * @memberof user_x86_fpregs_entry
     * @instance
     */
    user_x86_fpregs_entry.prototype.xsave = null;

    /**
     * Creates a new user_x86_fpregs_entry instance using the specified properties.
     * @function create
     * @memberof user_x86_fpregs_entry
     * @static
     * @param {user_x86_fpregs_entry.$Properties=} [properties] Properties to set
     * @returns {user_x86_fpregs_entry} user_x86_fpregs_entry instance
     * @type {{
     *   (properties: user_x86_fpregs_entry.$Shape): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
     *   (properties?: user_x86_fpregs_entry.$Properties): user_x86_fpregs_entry;
     * }}
     */
    user_x86_fpregs_entry.create = function(properties) {
        return new user_x86_fpregs_entry(properties);
    };

    /**
     * Encodes the specified user_x86_fpregs_entry message. Does not implicitly {@link user_x86_fpregs_entry.verify|verify} messages.
     * @function encode
     * @memberof user_x86_fpregs_entry
     * @static
     * @param {user_x86_fpregs_entry.$Properties} message user_x86_fpregs_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    user_x86_fpregs_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cwd);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.swd);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.twd);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.fop);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.rip);
        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.rdp);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.mxcsr);
        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.mxcsr_mask);
        if (message.st_space != null && message.st_space.length)
            for (var i = 0; i < message.st_space.length; ++i)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.st_space[i]);
        if (message.xmm_space != null && message.xmm_space.length)
            for (var i = 0; i < message.xmm_space.length; ++i)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.xmm_space[i]);
        if (message.padding != null && message.padding.length)
            for (var i = 0; i < message.padding.length; ++i)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.padding[i]);
        if (message.xsave != null && $Object.hasOwnProperty.call(message, "xsave"))
            $root.user_x86_xsave_entry.encode(message.xsave, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a user_x86_fpregs_entry message from the specified reader or buffer.
     * @function decode
     * @memberof user_x86_fpregs_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape} user_x86_fpregs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    user_x86_fpregs_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.user_x86_fpregs_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.cwd = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.swd = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.twd = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.fop = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.rip = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.rdp = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.mxcsr = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.mxcsr_mask = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType === 2) {
                        if (!(message.st_space && message.st_space.length))
                            message.st_space = [];
                        reader.uint32s(message.st_space);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.st_space && message.st_space.length))
                        message.st_space = [];
                    message.st_space.push(reader.uint32());
                    continue;
                }
            case 10: {
                    if (wireType === 2) {
                        if (!(message.xmm_space && message.xmm_space.length))
                            message.xmm_space = [];
                        reader.uint32s(message.xmm_space);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.xmm_space && message.xmm_space.length))
                        message.xmm_space = [];
                    message.xmm_space.push(reader.uint32());
                    continue;
                }
            case 11: {
                    if (wireType === 2) {
                        if (!(message.padding && message.padding.length))
                            message.padding = [];
                        reader.uint32s(message.padding);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.padding && message.padding.length))
                        message.padding = [];
                    message.padding.push(reader.uint32());
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.xsave = $root.user_x86_xsave_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.xsave);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "cwd"))
            throw $util.ProtocolError("missing required 'cwd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "swd"))
            throw $util.ProtocolError("missing required 'swd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "twd"))
            throw $util.ProtocolError("missing required 'twd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fop"))
            throw $util.ProtocolError("missing required 'fop'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "rip"))
            throw $util.ProtocolError("missing required 'rip'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "rdp"))
            throw $util.ProtocolError("missing required 'rdp'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mxcsr"))
            throw $util.ProtocolError("missing required 'mxcsr'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mxcsr_mask"))
            throw $util.ProtocolError("missing required 'mxcsr_mask'", { instance: message });
        return message;
    };

    return user_x86_fpregs_entry;
})();

$root.user_desc_t = (function() {

    /**
     * Properties of a user_desc_t.
     * @typedef {Object} user_desc_t.$Properties
     * @property {number} entry_number user_desc_t entry_number
     * @property {number} base_addr user_desc_t base_addr
     * @property {number} limit user_desc_t limit
     * @property {boolean} seg_32bit user_desc_t seg_32bit
     * @property {boolean} contents_h user_desc_t contents_h
     * @property {boolean} contents_l user_desc_t contents_l
     * @property {boolean} read_exec_only user_desc_t read_exec_only
     * @property {boolean} limit_in_pages user_desc_t limit_in_pages
     * @property {boolean} seg_not_present user_desc_t seg_not_present
     * @property {boolean} usable user_desc_t usable
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a user_desc_t.
     * @exports Iuser_desc_t
     * @interface Iuser_desc_t
     * @augments user_desc_t.$Properties
     * @deprecated Use user_desc_t.$Properties instead.
     */

    /**
     * Shape of a user_desc_t.
     * @typedef {user_desc_t.$Properties} user_desc_t.$Shape
     */

    /**
     * Constructs a new user_desc_t.
     * @exports user_desc_t
     * @classdesc Represents a user_desc_t.
     * @constructor
     * @param {user_desc_t.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var user_desc_t = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * user_desc_t entry_number.
     * @member {number} entry_number
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.entry_number = 0;

    /**
     * user_desc_t base_addr.
     * @member {number} base_addr
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.base_addr = 0;

    /**
     * user_desc_t limit.
     * @member {number} limit
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.limit = 0;

    /**
     * user_desc_t seg_32bit.
     * @member {boolean} seg_32bit
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.seg_32bit = false;

    /**
     * user_desc_t contents_h.
     * @member {boolean} contents_h
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.contents_h = false;

    /**
     * user_desc_t contents_l.
     * @member {boolean} contents_l
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.contents_l = false;

    /**
     * user_desc_t read_exec_only.
     * @member {boolean} read_exec_only
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.read_exec_only = true;

    /**
     * user_desc_t limit_in_pages.
     * @member {boolean} limit_in_pages
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.limit_in_pages = false;

    /**
     * user_desc_t seg_not_present.
     * @member {boolean} seg_not_present
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.seg_not_present = true;

    /**
     * user_desc_t usable.
     * @member {boolean} usable
     * @memberof user_desc_t
     * @instance
     */
    user_desc_t.prototype.usable = false;

    /**
     * Creates a new user_desc_t instance using the specified properties.
     * @function create
     * @memberof user_desc_t
     * @static
     * @param {user_desc_t.$Properties=} [properties] Properties to set
     * @returns {user_desc_t} user_desc_t instance
     * @type {{
     *   (properties: user_desc_t.$Shape): user_desc_t & user_desc_t.$Shape;
     *   (properties?: user_desc_t.$Properties): user_desc_t;
     * }}
     */
    user_desc_t.create = function(properties) {
        return new user_desc_t(properties);
    };

    /**
     * Encodes the specified user_desc_t message. Does not implicitly {@link user_desc_t.verify|verify} messages.
     * @function encode
     * @memberof user_desc_t
     * @static
     * @param {user_desc_t.$Properties} message user_desc_t message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    user_desc_t.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.entry_number);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.base_addr);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.seg_32bit);
        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.contents_h);
        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.contents_l);
        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.read_exec_only);
        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.limit_in_pages);
        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.seg_not_present);
        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.usable);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a user_desc_t message from the specified reader or buffer.
     * @function decode
     * @memberof user_desc_t
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {user_desc_t & user_desc_t.$Shape} user_desc_t
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    user_desc_t.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.user_desc_t();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.entry_number = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.base_addr = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.limit = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.seg_32bit = reader.bool();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.contents_h = reader.bool();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.contents_l = reader.bool();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.read_exec_only = reader.bool();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.limit_in_pages = reader.bool();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.seg_not_present = reader.bool();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.usable = reader.bool();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "entry_number"))
            throw $util.ProtocolError("missing required 'entry_number'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "base_addr"))
            throw $util.ProtocolError("missing required 'base_addr'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "limit"))
            throw $util.ProtocolError("missing required 'limit'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "seg_32bit"))
            throw $util.ProtocolError("missing required 'seg_32bit'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "contents_h"))
            throw $util.ProtocolError("missing required 'contents_h'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "contents_l"))
            throw $util.ProtocolError("missing required 'contents_l'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "read_exec_only"))
            throw $util.ProtocolError("missing required 'read_exec_only'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "limit_in_pages"))
            throw $util.ProtocolError("missing required 'limit_in_pages'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "seg_not_present"))
            throw $util.ProtocolError("missing required 'seg_not_present'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "usable"))
            throw $util.ProtocolError("missing required 'usable'", { instance: message });
        return message;
    };

    return user_desc_t;
})();

$root.thread_info_x86 = (function() {

    /**
     * Properties of a thread_info_x86.
     * @typedef {Object} thread_info_x86.$Properties
     * @property {number|Long} clear_tid_addr thread_info_x86 clear_tid_addr
     * @property {user_x86_regs_entry.$Properties} gpregs thread_info_x86 gpregs
     * @property {user_x86_fpregs_entry.$Properties} fpregs thread_info_x86 fpregs
     * @property {Array.<user_desc_t.$Properties>|null} [tls] thread_info_x86 tls
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a thread_info_x86.
     * @exports Ithread_info_x86
     * @interface Ithread_info_x86
     * @augments thread_info_x86.$Properties
     * @deprecated Use thread_info_x86.$Properties instead.
     */

    /**
     * Shape of a thread_info_x86.
     * @typedef {thread_info_x86.$Properties} thread_info_x86.$Shape
     */

    /**
     * Constructs a new thread_info_x86.
     * @exports thread_info_x86
     * @classdesc Represents a thread_info_x86.
     * @constructor
     * @param {thread_info_x86.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var thread_info_x86 = function (properties) {
        this.tls = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * thread_info_x86 clear_tid_addr.
     * @member {number|Long} clear_tid_addr
     * @memberof thread_info_x86
     * @instance
     */
    thread_info_x86.prototype.clear_tid_addr = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_info_x86 gpregs.
     * @member {user_x86_regs_entry.$Properties} gpregs
     * @memberof thread_info_x86
     * @instance
     */
    thread_info_x86.prototype.gpregs = null;

    /**
     * thread_info_x86 fpregs.
     * @member {user_x86_fpregs_entry.$Properties} fpregs
     * @memberof thread_info_x86
     * @instance
     */
    thread_info_x86.prototype.fpregs = null;

    /**
     * thread_info_x86 tls.
     * @member {Array.<user_desc_t.$Properties>} tls
     * @memberof thread_info_x86
     * @instance
     */
    thread_info_x86.prototype.tls = $util.emptyArray;

    /**
     * Creates a new thread_info_x86 instance using the specified properties.
     * @function create
     * @memberof thread_info_x86
     * @static
     * @param {thread_info_x86.$Properties=} [properties] Properties to set
     * @returns {thread_info_x86} thread_info_x86 instance
     * @type {{
     *   (properties: thread_info_x86.$Shape): thread_info_x86 & thread_info_x86.$Shape;
     *   (properties?: thread_info_x86.$Properties): thread_info_x86;
     * }}
     */
    thread_info_x86.create = function(properties) {
        return new thread_info_x86(properties);
    };

    /**
     * Encodes the specified thread_info_x86 message. Does not implicitly {@link thread_info_x86.verify|verify} messages.
     * @function encode
     * @memberof thread_info_x86
     * @static
     * @param {thread_info_x86.$Properties} message thread_info_x86 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    thread_info_x86.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clear_tid_addr);
        $root.user_x86_regs_entry.encode(message.gpregs, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
        $root.user_x86_fpregs_entry.encode(message.fpregs, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.tls != null && message.tls.length)
            for (var i = 0; i < message.tls.length; ++i)
                $root.user_desc_t.encode(message.tls[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a thread_info_x86 message from the specified reader or buffer.
     * @function decode
     * @memberof thread_info_x86
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {thread_info_x86 & thread_info_x86.$Shape} thread_info_x86
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    thread_info_x86.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.thread_info_x86();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.clear_tid_addr = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    message.gpregs = $root.user_x86_regs_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.gpregs);
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fpregs = $root.user_x86_fpregs_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fpregs);
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if (!(message.tls && message.tls.length))
                        message.tls = [];
                    message.tls.push($root.user_desc_t.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "clear_tid_addr"))
            throw $util.ProtocolError("missing required 'clear_tid_addr'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gpregs"))
            throw $util.ProtocolError("missing required 'gpregs'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fpregs"))
            throw $util.ProtocolError("missing required 'fpregs'", { instance: message });
        return message;
    };

    return thread_info_x86;
})();

$root.sa_entry = (function() {

    /**
     * Properties of a sa_entry.
     * @typedef {Object} sa_entry.$Properties
     * @property {number|Long} sigaction sa_entry sigaction
     * @property {number|Long} flags sa_entry flags
     * @property {number|Long} restorer sa_entry restorer
     * @property {number|Long} mask sa_entry mask
     * @property {boolean|null} [compat_sigaction] sa_entry compat_sigaction
     * @property {number|Long|null} [mask_extended] sa_entry mask_extended
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a sa_entry.
     * @exports Isa_entry
     * @interface Isa_entry
     * @augments sa_entry.$Properties
     * @deprecated Use sa_entry.$Properties instead.
     */

    /**
     * Shape of a sa_entry.
     * @typedef {sa_entry.$Properties} sa_entry.$Shape
     */

    /**
     * Constructs a new sa_entry.
     * @exports sa_entry
     * @classdesc Represents a sa_entry.
     * @constructor
     * @param {sa_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var sa_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * sa_entry sigaction.
     * @member {number|Long} sigaction
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.sigaction = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sa_entry flags.
     * @member {number|Long} flags
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.flags = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sa_entry restorer.
     * @member {number|Long} restorer
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.restorer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sa_entry mask.
     * @member {number|Long} mask
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.mask = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sa_entry compat_sigaction.
     * @member {boolean} compat_sigaction
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.compat_sigaction = false;

    /**
     * sa_entry mask_extended.
     * @member {number|Long} mask_extended
     * @memberof sa_entry
     * @instance
     */
    sa_entry.prototype.mask_extended = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new sa_entry instance using the specified properties.
     * @function create
     * @memberof sa_entry
     * @static
     * @param {sa_entry.$Properties=} [properties] Properties to set
     * @returns {sa_entry} sa_entry instance
     * @type {{
     *   (properties: sa_entry.$Shape): sa_entry & sa_entry.$Shape;
     *   (properties?: sa_entry.$Properties): sa_entry;
     * }}
     */
    sa_entry.create = function(properties) {
        return new sa_entry(properties);
    };

    /**
     * Encodes the specified sa_entry message. Does not implicitly {@link sa_entry.verify|verify} messages.
     * @function encode
     * @memberof sa_entry
     * @static
     * @param {sa_entry.$Properties} message sa_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    sa_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sigaction);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.flags);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.restorer);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.mask);
        if (message.compat_sigaction != null && $Object.hasOwnProperty.call(message, "compat_sigaction"))
            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.compat_sigaction);
        if (message.mask_extended != null && $Object.hasOwnProperty.call(message, "mask_extended"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.mask_extended);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a sa_entry message from the specified reader or buffer.
     * @function decode
     * @memberof sa_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {sa_entry & sa_entry.$Shape} sa_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    sa_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.sa_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.sigaction = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.restorer = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.mask = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.compat_sigaction = reader.bool();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.mask_extended = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "sigaction"))
            throw $util.ProtocolError("missing required 'sigaction'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "restorer"))
            throw $util.ProtocolError("missing required 'restorer'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mask"))
            throw $util.ProtocolError("missing required 'mask'", { instance: message });
        return message;
    };

    return sa_entry;
})();

$root.siginfo_entry = (function() {

    /**
     * Properties of a siginfo_entry.
     * @typedef {Object} siginfo_entry.$Properties
     * @property {Uint8Array} siginfo siginfo_entry siginfo
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a siginfo_entry.
     * @exports Isiginfo_entry
     * @interface Isiginfo_entry
     * @augments siginfo_entry.$Properties
     * @deprecated Use siginfo_entry.$Properties instead.
     */

    /**
     * Shape of a siginfo_entry.
     * @typedef {siginfo_entry.$Properties} siginfo_entry.$Shape
     */

    /**
     * Constructs a new siginfo_entry.
     * @exports siginfo_entry
     * @classdesc Represents a siginfo_entry.
     * @constructor
     * @param {siginfo_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var siginfo_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * siginfo_entry siginfo.
     * @member {Uint8Array} siginfo
     * @memberof siginfo_entry
     * @instance
     */
    siginfo_entry.prototype.siginfo = $util.newBuffer([]);

    /**
     * Creates a new siginfo_entry instance using the specified properties.
     * @function create
     * @memberof siginfo_entry
     * @static
     * @param {siginfo_entry.$Properties=} [properties] Properties to set
     * @returns {siginfo_entry} siginfo_entry instance
     * @type {{
     *   (properties: siginfo_entry.$Shape): siginfo_entry & siginfo_entry.$Shape;
     *   (properties?: siginfo_entry.$Properties): siginfo_entry;
     * }}
     */
    siginfo_entry.create = function(properties) {
        return new siginfo_entry(properties);
    };

    /**
     * Encodes the specified siginfo_entry message. Does not implicitly {@link siginfo_entry.verify|verify} messages.
     * @function encode
     * @memberof siginfo_entry
     * @static
     * @param {siginfo_entry.$Properties} message siginfo_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    siginfo_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.siginfo);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a siginfo_entry message from the specified reader or buffer.
     * @function decode
     * @memberof siginfo_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {siginfo_entry & siginfo_entry.$Shape} siginfo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    siginfo_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.siginfo_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    message.siginfo = reader.bytes();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "siginfo"))
            throw $util.ProtocolError("missing required 'siginfo'", { instance: message });
        return message;
    };

    return siginfo_entry;
})();

$root.signal_queue_entry = (function() {

    /**
     * Properties of a signal_queue_entry.
     * @typedef {Object} signal_queue_entry.$Properties
     * @property {Array.<siginfo_entry.$Properties>|null} [signals] signal_queue_entry signals
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a signal_queue_entry.
     * @exports Isignal_queue_entry
     * @interface Isignal_queue_entry
     * @augments signal_queue_entry.$Properties
     * @deprecated Use signal_queue_entry.$Properties instead.
     */

    /**
     * Shape of a signal_queue_entry.
     * @typedef {signal_queue_entry.$Properties} signal_queue_entry.$Shape
     */

    /**
     * Constructs a new signal_queue_entry.
     * @exports signal_queue_entry
     * @classdesc Represents a signal_queue_entry.
     * @constructor
     * @param {signal_queue_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var signal_queue_entry = function (properties) {
        this.signals = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * signal_queue_entry signals.
     * @member {Array.<siginfo_entry.$Properties>} signals
     * @memberof signal_queue_entry
     * @instance
     */
    signal_queue_entry.prototype.signals = $util.emptyArray;

    /**
     * Creates a new signal_queue_entry instance using the specified properties.
     * @function create
     * @memberof signal_queue_entry
     * @static
     * @param {signal_queue_entry.$Properties=} [properties] Properties to set
     * @returns {signal_queue_entry} signal_queue_entry instance
     * @type {{
     *   (properties: signal_queue_entry.$Shape): signal_queue_entry & signal_queue_entry.$Shape;
     *   (properties?: signal_queue_entry.$Properties): signal_queue_entry;
     * }}
     */
    signal_queue_entry.create = function(properties) {
        return new signal_queue_entry(properties);
    };

    /**
     * Encodes the specified signal_queue_entry message. Does not implicitly {@link signal_queue_entry.verify|verify} messages.
     * @function encode
     * @memberof signal_queue_entry
     * @static
     * @param {signal_queue_entry.$Properties} message signal_queue_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    signal_queue_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.signals != null && message.signals.length)
            for (var i = 0; i < message.signals.length; ++i)
                $root.siginfo_entry.encode(message.signals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a signal_queue_entry message from the specified reader or buffer.
     * @function decode
     * @memberof signal_queue_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {signal_queue_entry & signal_queue_entry.$Shape} signal_queue_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    signal_queue_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.signal_queue_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if (!(message.signals && message.signals.length))
                        message.signals = [];
                    message.signals.push($root.siginfo_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return signal_queue_entry;
})();

$root.creds_entry = (function() {

    /**
     * Properties of a creds_entry.
     * @typedef {Object} creds_entry.$Properties
     * @property {number} uid creds_entry uid
     * @property {number} gid creds_entry gid
     * @property {number} euid creds_entry euid
     * @property {number} egid creds_entry egid
     * @property {number} suid creds_entry suid
     * @property {number} sgid creds_entry sgid
     * @property {number} fsuid creds_entry fsuid
     * @property {number} fsgid creds_entry fsgid
     * @property {Array.<number>|null} [cap_inh] creds_entry cap_inh
     * @property {Array.<number>|null} [cap_prm] creds_entry cap_prm
     * @property {Array.<number>|null} [cap_eff] creds_entry cap_eff
     * @property {Array.<number>|null} [cap_bnd] creds_entry cap_bnd
     * @property {number} secbits creds_entry secbits
     * @property {Array.<number>|null} [groups] creds_entry groups
     * @property {string|null} [lsm_profile] creds_entry lsm_profile
     * @property {string|null} [lsm_sockcreate] creds_entry lsm_sockcreate
     * @property {Uint8Array|null} [apparmor_data] creds_entry apparmor_data
     * @property {number|null} [no_new_privs] creds_entry no_new_privs
     * @property {Array.<number>|null} [cap_amb] creds_entry cap_amb
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a creds_entry.
     * @exports Icreds_entry
     * @interface Icreds_entry
     * @augments creds_entry.$Properties
     * @deprecated Use creds_entry.$Properties instead.
     */

    /**
     * Shape of a creds_entry.
     * @typedef {creds_entry.$Properties} creds_entry.$Shape
     */

    /**
     * Constructs a new creds_entry.
     * @exports creds_entry
     * @classdesc Represents a creds_entry.
     * @constructor
     * @param {creds_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var creds_entry = function (properties) {
        this.cap_inh = [];
        this.cap_prm = [];
        this.cap_eff = [];
        this.cap_bnd = [];
        this.groups = [];
        this.cap_amb = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * creds_entry uid.
     * @member {number} uid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.uid = 0;

    /**
     * creds_entry gid.
     * @member {number} gid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.gid = 0;

    /**
     * creds_entry euid.
     * @member {number} euid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.euid = 0;

    /**
     * creds_entry egid.
     * @member {number} egid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.egid = 0;

    /**
     * creds_entry suid.
     * @member {number} suid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.suid = 0;

    /**
     * creds_entry sgid.
     * @member {number} sgid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.sgid = 0;

    /**
     * creds_entry fsuid.
     * @member {number} fsuid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.fsuid = 0;

    /**
     * creds_entry fsgid.
     * @member {number} fsgid
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.fsgid = 0;

    /**
     * creds_entry cap_inh.
     * @member {Array.<number>} cap_inh
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.cap_inh = $util.emptyArray;

    /**
     * creds_entry cap_prm.
     * @member {Array.<number>} cap_prm
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.cap_prm = $util.emptyArray;

    /**
     * creds_entry cap_eff.
     * @member {Array.<number>} cap_eff
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.cap_eff = $util.emptyArray;

    /**
     * creds_entry cap_bnd.
     * @member {Array.<number>} cap_bnd
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.cap_bnd = $util.emptyArray;

    /**
     * creds_entry secbits.
     * @member {number} secbits
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.secbits = 0;

    /**
     * creds_entry groups.
     * @member {Array.<number>} groups
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.groups = $util.emptyArray;

    /**
     * creds_entry lsm_profile.
     * @member {string} lsm_profile
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.lsm_profile = "";

    /**
     * creds_entry lsm_sockcreate.
     * @member {string} lsm_sockcreate
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.lsm_sockcreate = "";

    /**
     * creds_entry apparmor_data.
     * @member {Uint8Array} apparmor_data
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.apparmor_data = $util.newBuffer([]);

    /**
     * creds_entry no_new_privs.
     * @member {number} no_new_privs
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.no_new_privs = 0;

    /**
     * creds_entry cap_amb.
     * @member {Array.<number>} cap_amb
     * @memberof creds_entry
     * @instance
     */
    creds_entry.prototype.cap_amb = $util.emptyArray;

    /**
     * Creates a new creds_entry instance using the specified properties.
     * @function create
     * @memberof creds_entry
     * @static
     * @param {creds_entry.$Properties=} [properties] Properties to set
     * @returns {creds_entry} creds_entry instance
     * @type {{
     *   (properties: creds_entry.$Shape): creds_entry & creds_entry.$Shape;
     *   (properties?: creds_entry.$Properties): creds_entry;
     * }}
     */
    creds_entry.create = function(properties) {
        return new creds_entry(properties);
    };

    /**
     * Encodes the specified creds_entry message. Does not implicitly {@link creds_entry.verify|verify} messages.
     * @function encode
     * @memberof creds_entry
     * @static
     * @param {creds_entry.$Properties} message creds_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    creds_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uid);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.gid);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.euid);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.egid);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.suid);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.sgid);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.fsuid);
        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.fsgid);
        if (message.cap_inh != null && message.cap_inh.length)
            for (var i = 0; i < message.cap_inh.length; ++i)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.cap_inh[i]);
        if (message.cap_prm != null && message.cap_prm.length)
            for (var i = 0; i < message.cap_prm.length; ++i)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.cap_prm[i]);
        if (message.cap_eff != null && message.cap_eff.length)
            for (var i = 0; i < message.cap_eff.length; ++i)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.cap_eff[i]);
        if (message.cap_bnd != null && message.cap_bnd.length)
            for (var i = 0; i < message.cap_bnd.length; ++i)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.cap_bnd[i]);
        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.secbits);
        if (message.groups != null && message.groups.length)
            for (var i = 0; i < message.groups.length; ++i)
                writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.groups[i]);
        if (message.lsm_profile != null && $Object.hasOwnProperty.call(message, "lsm_profile"))
            writer.uint32(/* id 15, wireType 2 =*/122).string(message.lsm_profile);
        if (message.lsm_sockcreate != null && $Object.hasOwnProperty.call(message, "lsm_sockcreate"))
            writer.uint32(/* id 16, wireType 2 =*/130).string(message.lsm_sockcreate);
        if (message.apparmor_data != null && $Object.hasOwnProperty.call(message, "apparmor_data"))
            writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.apparmor_data);
        if (message.no_new_privs != null && $Object.hasOwnProperty.call(message, "no_new_privs"))
            writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.no_new_privs);
        if (message.cap_amb != null && message.cap_amb.length)
            for (var i = 0; i < message.cap_amb.length; ++i)
                writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.cap_amb[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a creds_entry message from the specified reader or buffer.
     * @function decode
     * @memberof creds_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {creds_entry & creds_entry.$Shape} creds_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    creds_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.creds_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.uid = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.gid = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.euid = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.egid = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.suid = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.sgid = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.fsuid = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.fsgid = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType === 2) {
                        if (!(message.cap_inh && message.cap_inh.length))
                            message.cap_inh = [];
                        reader.uint32s(message.cap_inh);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.cap_inh && message.cap_inh.length))
                        message.cap_inh = [];
                    message.cap_inh.push(reader.uint32());
                    continue;
                }
            case 10: {
                    if (wireType === 2) {
                        if (!(message.cap_prm && message.cap_prm.length))
                            message.cap_prm = [];
                        reader.uint32s(message.cap_prm);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.cap_prm && message.cap_prm.length))
                        message.cap_prm = [];
                    message.cap_prm.push(reader.uint32());
                    continue;
                }
            case 11: {
                    if (wireType === 2) {
                        if (!(message.cap_eff && message.cap_eff.length))
                            message.cap_eff = [];
                        reader.uint32s(message.cap_eff);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.cap_eff && message.cap_eff.length))
                        message.cap_eff = [];
                    message.cap_eff.push(reader.uint32());
                    continue;
                }
            case 12: {
                    if (wireType === 2) {
                        if (!(message.cap_bnd && message.cap_bnd.length))
                            message.cap_bnd = [];
                        reader.uint32s(message.cap_bnd);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.cap_bnd && message.cap_bnd.length))
                        message.cap_bnd = [];
                    message.cap_bnd.push(reader.uint32());
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.secbits = reader.uint32();
                    continue;
                }
            case 14: {
                    if (wireType === 2) {
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        reader.uint32s(message.groups);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.groups && message.groups.length))
                        message.groups = [];
                    message.groups.push(reader.uint32());
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    message.lsm_profile = reader.string();
                    continue;
                }
            case 16: {
                    if (wireType !== 2)
                        break;
                    message.lsm_sockcreate = reader.string();
                    continue;
                }
            case 17: {
                    if (wireType !== 2)
                        break;
                    message.apparmor_data = reader.bytes();
                    continue;
                }
            case 18: {
                    if (wireType !== 0)
                        break;
                    message.no_new_privs = reader.uint32();
                    continue;
                }
            case 19: {
                    if (wireType === 2) {
                        if (!(message.cap_amb && message.cap_amb.length))
                            message.cap_amb = [];
                        reader.uint32s(message.cap_amb);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.cap_amb && message.cap_amb.length))
                        message.cap_amb = [];
                    message.cap_amb.push(reader.uint32());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "uid"))
            throw $util.ProtocolError("missing required 'uid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gid"))
            throw $util.ProtocolError("missing required 'gid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "euid"))
            throw $util.ProtocolError("missing required 'euid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "egid"))
            throw $util.ProtocolError("missing required 'egid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "suid"))
            throw $util.ProtocolError("missing required 'suid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sgid"))
            throw $util.ProtocolError("missing required 'sgid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fsuid"))
            throw $util.ProtocolError("missing required 'fsuid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fsgid"))
            throw $util.ProtocolError("missing required 'fsgid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "secbits"))
            throw $util.ProtocolError("missing required 'secbits'", { instance: message });
        return message;
    };

    return creds_entry;
})();

$root.rlimit_entry = (function() {

    /**
     * Properties of a rlimit_entry.
     * @typedef {Object} rlimit_entry.$Properties
     * @property {number|Long} cur rlimit_entry cur
     * @property {number|Long} max rlimit_entry max
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a rlimit_entry.
     * @exports Irlimit_entry
     * @interface Irlimit_entry
     * @augments rlimit_entry.$Properties
     * @deprecated Use rlimit_entry.$Properties instead.
     */

    /**
     * Shape of a rlimit_entry.
     * @typedef {rlimit_entry.$Properties} rlimit_entry.$Shape
     */

    /**
     * Constructs a new rlimit_entry.
     * @exports rlimit_entry
     * @classdesc Represents a rlimit_entry.
     * @constructor
     * @param {rlimit_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var rlimit_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * rlimit_entry cur.
     * @member {number|Long} cur
     * @memberof rlimit_entry
     * @instance
     */
    rlimit_entry.prototype.cur = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * rlimit_entry max.
     * @member {number|Long} max
     * @memberof rlimit_entry
     * @instance
     */
    rlimit_entry.prototype.max = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new rlimit_entry instance using the specified properties.
     * @function create
     * @memberof rlimit_entry
     * @static
     * @param {rlimit_entry.$Properties=} [properties] Properties to set
     * @returns {rlimit_entry} rlimit_entry instance
     * @type {{
     *   (properties: rlimit_entry.$Shape): rlimit_entry & rlimit_entry.$Shape;
     *   (properties?: rlimit_entry.$Properties): rlimit_entry;
     * }}
     */
    rlimit_entry.create = function(properties) {
        return new rlimit_entry(properties);
    };

    /**
     * Encodes the specified rlimit_entry message. Does not implicitly {@link rlimit_entry.verify|verify} messages.
     * @function encode
     * @memberof rlimit_entry
     * @static
     * @param {rlimit_entry.$Properties} message rlimit_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    rlimit_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cur);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.max);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a rlimit_entry message from the specified reader or buffer.
     * @function decode
     * @memberof rlimit_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {rlimit_entry & rlimit_entry.$Shape} rlimit_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    rlimit_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.rlimit_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.cur = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.max = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "cur"))
            throw $util.ProtocolError("missing required 'cur'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "max"))
            throw $util.ProtocolError("missing required 'max'", { instance: message });
        return message;
    };

    return rlimit_entry;
})();

$root.task_rlimits_entry = (function() {

    /**
     * Properties of a task_rlimits_entry.
     * @typedef {Object} task_rlimits_entry.$Properties
     * @property {Array.<rlimit_entry.$Properties>|null} [rlimits] task_rlimits_entry rlimits
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a task_rlimits_entry.
     * @exports Itask_rlimits_entry
     * @interface Itask_rlimits_entry
     * @augments task_rlimits_entry.$Properties
     * @deprecated Use task_rlimits_entry.$Properties instead.
     */

    /**
     * Shape of a task_rlimits_entry.
     * @typedef {task_rlimits_entry.$Properties} task_rlimits_entry.$Shape
     */

    /**
     * Constructs a new task_rlimits_entry.
     * @exports task_rlimits_entry
     * @classdesc Represents a task_rlimits_entry.
     * @constructor
     * @param {task_rlimits_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var task_rlimits_entry = function (properties) {
        this.rlimits = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * task_rlimits_entry rlimits.
     * @member {Array.<rlimit_entry.$Properties>} rlimits
     * @memberof task_rlimits_entry
     * @instance
     */
    task_rlimits_entry.prototype.rlimits = $util.emptyArray;

    /**
     * Creates a new task_rlimits_entry instance using the specified properties.
     * @function create
     * @memberof task_rlimits_entry
     * @static
     * @param {task_rlimits_entry.$Properties=} [properties] Properties to set
     * @returns {task_rlimits_entry} task_rlimits_entry instance
     * @type {{
     *   (properties: task_rlimits_entry.$Shape): task_rlimits_entry & task_rlimits_entry.$Shape;
     *   (properties?: task_rlimits_entry.$Properties): task_rlimits_entry;
     * }}
     */
    task_rlimits_entry.create = function(properties) {
        return new task_rlimits_entry(properties);
    };

    /**
     * Encodes the specified task_rlimits_entry message. Does not implicitly {@link task_rlimits_entry.verify|verify} messages.
     * @function encode
     * @memberof task_rlimits_entry
     * @static
     * @param {task_rlimits_entry.$Properties} message task_rlimits_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    task_rlimits_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.rlimits != null && message.rlimits.length)
            for (var i = 0; i < message.rlimits.length; ++i)
                $root.rlimit_entry.encode(message.rlimits[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a task_rlimits_entry message from the specified reader or buffer.
     * @function decode
     * @memberof task_rlimits_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {task_rlimits_entry & task_rlimits_entry.$Shape} task_rlimits_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    task_rlimits_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.task_rlimits_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if (!(message.rlimits && message.rlimits.length))
                        message.rlimits = [];
                    message.rlimits.push($root.rlimit_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return task_rlimits_entry;
})();

$root.itimer_entry = (function() {

    /**
     * Properties of an itimer_entry.
     * @typedef {Object} itimer_entry.$Properties
     * @property {number|Long} isec itimer_entry isec
     * @property {number|Long} iusec itimer_entry iusec
     * @property {number|Long} vsec itimer_entry vsec
     * @property {number|Long} vusec itimer_entry vusec
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an itimer_entry.
     * @exports Iitimer_entry
     * @interface Iitimer_entry
     * @augments itimer_entry.$Properties
     * @deprecated Use itimer_entry.$Properties instead.
     */

    /**
     * Shape of an itimer_entry.
     * @typedef {itimer_entry.$Properties} itimer_entry.$Shape
     */

    /**
     * Constructs a new itimer_entry.
     * @exports itimer_entry
     * @classdesc Represents an itimer_entry.
     * @constructor
     * @param {itimer_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var itimer_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * itimer_entry isec.
     * @member {number|Long} isec
     * @memberof itimer_entry
     * @instance
     */
    itimer_entry.prototype.isec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * itimer_entry iusec.
     * @member {number|Long} iusec
     * @memberof itimer_entry
     * @instance
     */
    itimer_entry.prototype.iusec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * itimer_entry vsec.
     * @member {number|Long} vsec
     * @memberof itimer_entry
     * @instance
     */
    itimer_entry.prototype.vsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * itimer_entry vusec.
     * @member {number|Long} vusec
     * @memberof itimer_entry
     * @instance
     */
    itimer_entry.prototype.vusec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new itimer_entry instance using the specified properties.
     * @function create
     * @memberof itimer_entry
     * @static
     * @param {itimer_entry.$Properties=} [properties] Properties to set
     * @returns {itimer_entry} itimer_entry instance
     * @type {{
     *   (properties: itimer_entry.$Shape): itimer_entry & itimer_entry.$Shape;
     *   (properties?: itimer_entry.$Properties): itimer_entry;
     * }}
     */
    itimer_entry.create = function(properties) {
        return new itimer_entry(properties);
    };

    /**
     * Encodes the specified itimer_entry message. Does not implicitly {@link itimer_entry.verify|verify} messages.
     * @function encode
     * @memberof itimer_entry
     * @static
     * @param {itimer_entry.$Properties} message itimer_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    itimer_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.isec);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.iusec);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.vsec);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.vusec);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an itimer_entry message from the specified reader or buffer.
     * @function decode
     * @memberof itimer_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {itimer_entry & itimer_entry.$Shape} itimer_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    itimer_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.itimer_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.isec = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.iusec = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.vsec = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.vusec = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "isec"))
            throw $util.ProtocolError("missing required 'isec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "iusec"))
            throw $util.ProtocolError("missing required 'iusec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vsec"))
            throw $util.ProtocolError("missing required 'vsec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vusec"))
            throw $util.ProtocolError("missing required 'vusec'", { instance: message });
        return message;
    };

    return itimer_entry;
})();

$root.posix_timer_entry = (function() {

    /**
     * Properties of a posix_timer_entry.
     * @typedef {Object} posix_timer_entry.$Properties
     * @property {number} it_id posix_timer_entry it_id
     * @property {number} clock_id posix_timer_entry clock_id
     * @property {number} si_signo posix_timer_entry si_signo
     * @property {number} it_sigev_notify posix_timer_entry it_sigev_notify
     * @property {number|Long} sival_ptr posix_timer_entry sival_ptr
     * @property {number} overrun posix_timer_entry overrun
     * @property {number|Long} isec posix_timer_entry isec
     * @property {number|Long} insec posix_timer_entry insec
     * @property {number|Long} vsec posix_timer_entry vsec
     * @property {number|Long} vnsec posix_timer_entry vnsec
     * @property {number|null} [notify_thread_id] posix_timer_entry notify_thread_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a posix_timer_entry.
     * @exports Iposix_timer_entry
     * @interface Iposix_timer_entry
     * @augments posix_timer_entry.$Properties
     * @deprecated Use posix_timer_entry.$Properties instead.
     */

    /**
     * Shape of a posix_timer_entry.
     * @typedef {posix_timer_entry.$Properties} posix_timer_entry.$Shape
     */

    /**
     * Constructs a new posix_timer_entry.
     * @exports posix_timer_entry
     * @classdesc Represents a posix_timer_entry.
     * @constructor
     * @param {posix_timer_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var posix_timer_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * posix_timer_entry it_id.
     * @member {number} it_id
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.it_id = 0;

    /**
     * posix_timer_entry clock_id.
     * @member {number} clock_id
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.clock_id = 0;

    /**
     * posix_timer_entry si_signo.
     * @member {number} si_signo
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.si_signo = 0;

    /**
     * posix_timer_entry it_sigev_notify.
     * @member {number} it_sigev_notify
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.it_sigev_notify = 0;

    /**
     * posix_timer_entry sival_ptr.
     * @member {number|Long} sival_ptr
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.sival_ptr = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * posix_timer_entry overrun.
     * @member {number} overrun
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.overrun = 0;

    /**
     * posix_timer_entry isec.
     * @member {number|Long} isec
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.isec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * posix_timer_entry insec.
     * @member {number|Long} insec
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.insec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * posix_timer_entry vsec.
     * @member {number|Long} vsec
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.vsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * posix_timer_entry vnsec.
     * @member {number|Long} vnsec
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.vnsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * posix_timer_entry notify_thread_id.
     * @member {number} notify_thread_id
     * @memberof posix_timer_entry
     * @instance
     */
    posix_timer_entry.prototype.notify_thread_id = 0;

    /**
     * Creates a new posix_timer_entry instance using the specified properties.
     * @function create
     * @memberof posix_timer_entry
     * @static
     * @param {posix_timer_entry.$Properties=} [properties] Properties to set
     * @returns {posix_timer_entry} posix_timer_entry instance
     * @type {{
     *   (properties: posix_timer_entry.$Shape): posix_timer_entry & posix_timer_entry.$Shape;
     *   (properties?: posix_timer_entry.$Properties): posix_timer_entry;
     * }}
     */
    posix_timer_entry.create = function(properties) {
        return new posix_timer_entry(properties);
    };

    /**
     * Encodes the specified posix_timer_entry message. Does not implicitly {@link posix_timer_entry.verify|verify} messages.
     * @function encode
     * @memberof posix_timer_entry
     * @static
     * @param {posix_timer_entry.$Properties} message posix_timer_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    posix_timer_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.it_id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.clock_id);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.si_signo);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.it_sigev_notify);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sival_ptr);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.overrun);
        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.isec);
        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.insec);
        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.vsec);
        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.vnsec);
        if (message.notify_thread_id != null && $Object.hasOwnProperty.call(message, "notify_thread_id"))
            writer.uint32(/* id 11, wireType 0 =*/88).int32(message.notify_thread_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a posix_timer_entry message from the specified reader or buffer.
     * @function decode
     * @memberof posix_timer_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {posix_timer_entry & posix_timer_entry.$Shape} posix_timer_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    posix_timer_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.posix_timer_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.it_id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.clock_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.si_signo = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.it_sigev_notify = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.sival_ptr = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.overrun = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.isec = reader.uint64();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.insec = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.vsec = reader.uint64();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.vnsec = reader.uint64();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.notify_thread_id = reader.int32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "it_id"))
            throw $util.ProtocolError("missing required 'it_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "clock_id"))
            throw $util.ProtocolError("missing required 'clock_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "si_signo"))
            throw $util.ProtocolError("missing required 'si_signo'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "it_sigev_notify"))
            throw $util.ProtocolError("missing required 'it_sigev_notify'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sival_ptr"))
            throw $util.ProtocolError("missing required 'sival_ptr'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "overrun"))
            throw $util.ProtocolError("missing required 'overrun'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "isec"))
            throw $util.ProtocolError("missing required 'isec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "insec"))
            throw $util.ProtocolError("missing required 'insec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vsec"))
            throw $util.ProtocolError("missing required 'vsec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vnsec"))
            throw $util.ProtocolError("missing required 'vnsec'", { instance: message });
        return message;
    };

    return posix_timer_entry;
})();

$root.task_timers_entry = (function() {

    /**
     * Properties of a task_timers_entry.
     * @typedef {Object} task_timers_entry.$Properties
     * @property {itimer_entry.$Properties} real task_timers_entry real
     * @property {itimer_entry.$Properties} virt task_timers_entry virt
     * @property {itimer_entry.$Properties} prof task_timers_entry prof
     * @property {Array.<posix_timer_entry.$Properties>|null} [posix] task_timers_entry posix
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a task_timers_entry.
     * @exports Itask_timers_entry
     * @interface Itask_timers_entry
     * @augments task_timers_entry.$Properties
     * @deprecated Use task_timers_entry.$Properties instead.
     */

    /**
     * Shape of a task_timers_entry.
     * @typedef {task_timers_entry.$Properties} task_timers_entry.$Shape
     */

    /**
     * Constructs a new task_timers_entry.
     * @exports task_timers_entry
     * @classdesc Represents a task_timers_entry.
     * @constructor
     * @param {task_timers_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var task_timers_entry = function (properties) {
        this.posix = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * task_timers_entry real.
     * @member {itimer_entry.$Properties} real
     * @memberof task_timers_entry
     * @instance
     */
    task_timers_entry.prototype.real = null;

    /**
     * task_timers_entry virt.
     * @member {itimer_entry.$Properties} virt
     * @memberof task_timers_entry
     * @instance
     */
    task_timers_entry.prototype.virt = null;

    /**
     * task_timers_entry prof.
     * @member {itimer_entry.$Properties} prof
     * @memberof task_timers_entry
     * @instance
     */
    task_timers_entry.prototype.prof = null;

    /**
     * task_timers_entry posix.
     * @member {Array.<posix_timer_entry.$Properties>} posix
     * @memberof task_timers_entry
     * @instance
     */
    task_timers_entry.prototype.posix = $util.emptyArray;

    /**
     * Creates a new task_timers_entry instance using the specified properties.
     * @function create
     * @memberof task_timers_entry
     * @static
     * @param {task_timers_entry.$Properties=} [properties] Properties to set
     * @returns {task_timers_entry} task_timers_entry instance
     * @type {{
     *   (properties: task_timers_entry.$Shape): task_timers_entry & task_timers_entry.$Shape;
     *   (properties?: task_timers_entry.$Properties): task_timers_entry;
     * }}
     */
    task_timers_entry.create = function(properties) {
        return new task_timers_entry(properties);
    };

    /**
     * Encodes the specified task_timers_entry message. Does not implicitly {@link task_timers_entry.verify|verify} messages.
     * @function encode
     * @memberof task_timers_entry
     * @static
     * @param {task_timers_entry.$Properties} message task_timers_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    task_timers_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        $root.itimer_entry.encode(message.real, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
        $root.itimer_entry.encode(message.virt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
        $root.itimer_entry.encode(message.prof, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.posix != null && message.posix.length)
            for (var i = 0; i < message.posix.length; ++i)
                $root.posix_timer_entry.encode(message.posix[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a task_timers_entry message from the specified reader or buffer.
     * @function decode
     * @memberof task_timers_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {task_timers_entry & task_timers_entry.$Shape} task_timers_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    task_timers_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.task_timers_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    message.real = $root.itimer_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.real);
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    message.virt = $root.itimer_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.virt);
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.prof = $root.itimer_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.prof);
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if (!(message.posix && message.posix.length))
                        message.posix = [];
                    message.posix.push($root.posix_timer_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "real"))
            throw $util.ProtocolError("missing required 'real'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "virt"))
            throw $util.ProtocolError("missing required 'virt'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "prof"))
            throw $util.ProtocolError("missing required 'prof'", { instance: message });
        return message;
    };

    return task_timers_entry;
})();

$root.rseq_entry = (function() {

    /**
     * Properties of a rseq_entry.
     * @typedef {Object} rseq_entry.$Properties
     * @property {number|Long} rseq_abi_pointer rseq_entry rseq_abi_pointer
     * @property {number} rseq_abi_size rseq_entry rseq_abi_size
     * @property {number} signature rseq_entry signature
     * @property {number|Long|null} [rseq_cs_pointer] rseq_entry rseq_cs_pointer
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a rseq_entry.
     * @exports Irseq_entry
     * @interface Irseq_entry
     * @augments rseq_entry.$Properties
     * @deprecated Use rseq_entry.$Properties instead.
     */

    /**
     * Shape of a rseq_entry.
     * @typedef {rseq_entry.$Properties} rseq_entry.$Shape
     */

    /**
     * Constructs a new rseq_entry.
     * @exports rseq_entry
     * @classdesc Represents a rseq_entry.
     * @constructor
     * @param {rseq_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var rseq_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * rseq_entry rseq_abi_pointer.
     * @member {number|Long} rseq_abi_pointer
     * @memberof rseq_entry
     * @instance
     */
    rseq_entry.prototype.rseq_abi_pointer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * rseq_entry rseq_abi_size.
     * @member {number} rseq_abi_size
     * @memberof rseq_entry
     * @instance
     */
    rseq_entry.prototype.rseq_abi_size = 0;

    /**
     * rseq_entry signature.
     * @member {number} signature
     * @memberof rseq_entry
     * @instance
     */
    rseq_entry.prototype.signature = 0;

    /**
     * rseq_entry rseq_cs_pointer.
     * @member {number|Long} rseq_cs_pointer
     * @memberof rseq_entry
     * @instance
     */
    rseq_entry.prototype.rseq_cs_pointer = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new rseq_entry instance using the specified properties.
     * @function create
     * @memberof rseq_entry
     * @static
     * @param {rseq_entry.$Properties=} [properties] Properties to set
     * @returns {rseq_entry} rseq_entry instance
     * @type {{
     *   (properties: rseq_entry.$Shape): rseq_entry & rseq_entry.$Shape;
     *   (properties?: rseq_entry.$Properties): rseq_entry;
     * }}
     */
    rseq_entry.create = function(properties) {
        return new rseq_entry(properties);
    };

    /**
     * Encodes the specified rseq_entry message. Does not implicitly {@link rseq_entry.verify|verify} messages.
     * @function encode
     * @memberof rseq_entry
     * @static
     * @param {rseq_entry.$Properties} message rseq_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    rseq_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rseq_abi_pointer);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.rseq_abi_size);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signature);
        if (message.rseq_cs_pointer != null && $Object.hasOwnProperty.call(message, "rseq_cs_pointer"))
            writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.rseq_cs_pointer);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a rseq_entry message from the specified reader or buffer.
     * @function decode
     * @memberof rseq_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {rseq_entry & rseq_entry.$Shape} rseq_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    rseq_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.rseq_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.rseq_abi_pointer = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.rseq_abi_size = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.signature = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.rseq_cs_pointer = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "rseq_abi_pointer"))
            throw $util.ProtocolError("missing required 'rseq_abi_pointer'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "rseq_abi_size"))
            throw $util.ProtocolError("missing required 'rseq_abi_size'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "signature"))
            throw $util.ProtocolError("missing required 'signature'", { instance: message });
        return message;
    };

    return rseq_entry;
})();

/**
 * seccomp_mode enum.
 * @name seccomp_mode
 * @enum {number}
 * @property {number} disabled=0 disabled value
 * @property {number} strict=1 strict value
 * @property {number} filter=2 filter value
 */
$root.seccomp_mode = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "disabled"] = 0;
    values[valuesById[1] = "strict"] = 1;
    values[valuesById[2] = "filter"] = 2;
    return values;
})();

$root.task_core_entry = (function() {

    /**
     * Properties of a task_core_entry.
     * @typedef {Object} task_core_entry.$Properties
     * @property {number} task_state task_core_entry task_state
     * @property {number} exit_code task_core_entry exit_code
     * @property {number} personality task_core_entry personality
     * @property {number} flags task_core_entry flags
     * @property {number|Long} blk_sigset task_core_entry blk_sigset
     * @property {string} comm task_core_entry comm
     * @property {task_timers_entry.$Properties|null} [timers] task_core_entry timers
     * @property {task_rlimits_entry.$Properties|null} [rlimits] task_core_entry rlimits
     * @property {number|null} [cg_set] task_core_entry cg_set
     * @property {signal_queue_entry.$Properties|null} [signals_s] task_core_entry signals_s
     * @property {seccomp_mode|null} [old_seccomp_mode] task_core_entry old_seccomp_mode
     * @property {number|null} [old_seccomp_filter] task_core_entry old_seccomp_filter
     * @property {number|null} [loginuid] task_core_entry loginuid
     * @property {number|null} [oom_score_adj] task_core_entry oom_score_adj
     * @property {Array.<sa_entry.$Properties>|null} [sigactions] task_core_entry sigactions
     * @property {boolean|null} [child_subreaper] task_core_entry child_subreaper
     * @property {number|Long|null} [blk_sigset_extended] task_core_entry blk_sigset_extended
     * @property {number|null} [stop_signo] task_core_entry stop_signo
     * @property {number|null} [membarrier_registration_mask] task_core_entry membarrier_registration_mask
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a task_core_entry.
     * @exports Itask_core_entry
     * @interface Itask_core_entry
     * @augments task_core_entry.$Properties
     * @deprecated Use task_core_entry.$Properties instead.
     */

    /**
     * Shape of a task_core_entry.
     * @typedef {task_core_entry.$Properties} task_core_entry.$Shape
     */

    /**
     * Constructs a new task_core_entry.
     * @exports task_core_entry
     * @classdesc Represents a task_core_entry.
     * @constructor
     * @param {task_core_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var task_core_entry = function (properties) {
        this.sigactions = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * task_core_entry task_state.
     * @member {number} task_state
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.task_state = 0;

    /**
     * task_core_entry exit_code.
     * @member {number} exit_code
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.exit_code = 0;

    /**
     * task_core_entry personality.
     * @member {number} personality
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.personality = 0;

    /**
     * task_core_entry flags.
     * @member {number} flags
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.flags = 0;

    /**
     * task_core_entry blk_sigset.
     * @member {number|Long} blk_sigset
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.blk_sigset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * task_core_entry comm.
     * @member {string} comm
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.comm = "";

    /**
     * task_core_entry timers.
     * @member {task_timers_entry.$Properties|null|undefined} timers
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.timers = null;

    /**
     * task_core_entry rlimits.
     * @member {task_rlimits_entry.$Properties|null|undefined} rlimits
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.rlimits = null;

    /**
     * task_core_entry cg_set.
     * @member {number} cg_set
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.cg_set = 0;

    /**
     * task_core_entry signals_s.
     * @member {signal_queue_entry.$Properties|null|undefined} signals_s
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.signals_s = null;

    /**
     * task_core_entry old_seccomp_mode.
     * @member {seccomp_mode} old_seccomp_mode
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.old_seccomp_mode = 0;

    /**
     * task_core_entry old_seccomp_filter.
     * @member {number} old_seccomp_filter
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.old_seccomp_filter = 0;

    /**
     * task_core_entry loginuid.
     * @member {number} loginuid
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.loginuid = 0;

    /**
     * task_core_entry oom_score_adj.
     * @member {number} oom_score_adj
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.oom_score_adj = 0;

    /**
     * task_core_entry sigactions.
     * @member {Array.<sa_entry.$Properties>} sigactions
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.sigactions = $util.emptyArray;

    /**
     * task_core_entry child_subreaper.
     * @member {boolean} child_subreaper
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.child_subreaper = false;

    /**
     * task_core_entry blk_sigset_extended.
     * @member {number|Long} blk_sigset_extended
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.blk_sigset_extended = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * task_core_entry stop_signo.
     * @member {number} stop_signo
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.stop_signo = 0;

    /**
     * task_core_entry membarrier_registration_mask.
     * @member {number} membarrier_registration_mask
     * @memberof task_core_entry
     * @instance
     */
    task_core_entry.prototype.membarrier_registration_mask = 0;

    /**
     * Creates a new task_core_entry instance using the specified properties.
     * @function create
     * @memberof task_core_entry
     * @static
     * @param {task_core_entry.$Properties=} [properties] Properties to set
     * @returns {task_core_entry} task_core_entry instance
     * @type {{
     *   (properties: task_core_entry.$Shape): task_core_entry & task_core_entry.$Shape;
     *   (properties?: task_core_entry.$Properties): task_core_entry;
     * }}
     */
    task_core_entry.create = function(properties) {
        return new task_core_entry(properties);
    };

    /**
     * Encodes the specified task_core_entry message. Does not implicitly {@link task_core_entry.verify|verify} messages.
     * @function encode
     * @memberof task_core_entry
     * @static
     * @param {task_core_entry.$Properties} message task_core_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    task_core_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.task_state);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.exit_code);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.personality);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.flags);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.blk_sigset);
        writer.uint32(/* id 6, wireType 2 =*/50).string(message.comm);
        if (message.timers != null && $Object.hasOwnProperty.call(message, "timers"))
            $root.task_timers_entry.encode(message.timers, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
        if (message.rlimits != null && $Object.hasOwnProperty.call(message, "rlimits"))
            $root.task_rlimits_entry.encode(message.rlimits, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
        if (message.cg_set != null && $Object.hasOwnProperty.call(message, "cg_set"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.cg_set);
        if (message.signals_s != null && $Object.hasOwnProperty.call(message, "signals_s"))
            $root.signal_queue_entry.encode(message.signals_s, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.old_seccomp_mode != null && $Object.hasOwnProperty.call(message, "old_seccomp_mode"))
            writer.uint32(/* id 11, wireType 0 =*/88).int32(message.old_seccomp_mode);
        if (message.old_seccomp_filter != null && $Object.hasOwnProperty.call(message, "old_seccomp_filter"))
            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.old_seccomp_filter);
        if (message.loginuid != null && $Object.hasOwnProperty.call(message, "loginuid"))
            writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.loginuid);
        if (message.oom_score_adj != null && $Object.hasOwnProperty.call(message, "oom_score_adj"))
            writer.uint32(/* id 14, wireType 0 =*/112).int32(message.oom_score_adj);
        if (message.sigactions != null && message.sigactions.length)
            for (var i = 0; i < message.sigactions.length; ++i)
                $root.sa_entry.encode(message.sigactions[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
        if (message.child_subreaper != null && $Object.hasOwnProperty.call(message, "child_subreaper"))
            writer.uint32(/* id 18, wireType 0 =*/144).bool(message.child_subreaper);
        if (message.blk_sigset_extended != null && $Object.hasOwnProperty.call(message, "blk_sigset_extended"))
            writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.blk_sigset_extended);
        if (message.stop_signo != null && $Object.hasOwnProperty.call(message, "stop_signo"))
            writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.stop_signo);
        if (message.membarrier_registration_mask != null && $Object.hasOwnProperty.call(message, "membarrier_registration_mask"))
            writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.membarrier_registration_mask);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a task_core_entry message from the specified reader or buffer.
     * @function decode
     * @memberof task_core_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {task_core_entry & task_core_entry.$Shape} task_core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    task_core_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.task_core_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.task_state = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.exit_code = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.personality = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.blk_sigset = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 2)
                        break;
                    message.comm = reader.string();
                    continue;
                }
            case 7: {
                    if (wireType !== 2)
                        break;
                    message.timers = $root.task_timers_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.timers);
                    continue;
                }
            case 8: {
                    if (wireType !== 2)
                        break;
                    message.rlimits = $root.task_rlimits_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.rlimits);
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.cg_set = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.signals_s = $root.signal_queue_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.signals_s);
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.seccomp_mode[value] !== $undefined)
                        message.old_seccomp_mode = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.old_seccomp_filter = reader.uint32();
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.loginuid = reader.uint32();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.oom_score_adj = reader.int32();
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    if (!(message.sigactions && message.sigactions.length))
                        message.sigactions = [];
                    message.sigactions.push($root.sa_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            case 18: {
                    if (wireType !== 0)
                        break;
                    message.child_subreaper = reader.bool();
                    continue;
                }
            case 20: {
                    if (wireType !== 0)
                        break;
                    message.blk_sigset_extended = reader.uint64();
                    continue;
                }
            case 21: {
                    if (wireType !== 0)
                        break;
                    message.stop_signo = reader.uint32();
                    continue;
                }
            case 22: {
                    if (wireType !== 0)
                        break;
                    message.membarrier_registration_mask = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "task_state"))
            throw $util.ProtocolError("missing required 'task_state'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "exit_code"))
            throw $util.ProtocolError("missing required 'exit_code'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "personality"))
            throw $util.ProtocolError("missing required 'personality'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "blk_sigset"))
            throw $util.ProtocolError("missing required 'blk_sigset'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "comm"))
            throw $util.ProtocolError("missing required 'comm'", { instance: message });
        return message;
    };

    return task_core_entry;
})();

$root.task_kobj_ids_entry = (function() {

    /**
     * Properties of a task_kobj_ids_entry.
     * @typedef {Object} task_kobj_ids_entry.$Properties
     * @property {number} vm_id task_kobj_ids_entry vm_id
     * @property {number} files_id task_kobj_ids_entry files_id
     * @property {number} fs_id task_kobj_ids_entry fs_id
     * @property {number} sighand_id task_kobj_ids_entry sighand_id
     * @property {number|null} [pid_ns_id] task_kobj_ids_entry pid_ns_id
     * @property {number|null} [net_ns_id] task_kobj_ids_entry net_ns_id
     * @property {number|null} [ipc_ns_id] task_kobj_ids_entry ipc_ns_id
     * @property {number|null} [uts_ns_id] task_kobj_ids_entry uts_ns_id
     * @property {number|null} [mnt_ns_id] task_kobj_ids_entry mnt_ns_id
     * @property {number|null} [user_ns_id] task_kobj_ids_entry user_ns_id
     * @property {number|null} [cgroup_ns_id] task_kobj_ids_entry cgroup_ns_id
     * @property {number|null} [time_ns_id] task_kobj_ids_entry time_ns_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a task_kobj_ids_entry.
     * @exports Itask_kobj_ids_entry
     * @interface Itask_kobj_ids_entry
     * @augments task_kobj_ids_entry.$Properties
     * @deprecated Use task_kobj_ids_entry.$Properties instead.
     */

    /**
     * Shape of a task_kobj_ids_entry.
     * @typedef {task_kobj_ids_entry.$Properties} task_kobj_ids_entry.$Shape
     */

    /**
     * Constructs a new task_kobj_ids_entry.
     * @exports task_kobj_ids_entry
     * @classdesc Represents a task_kobj_ids_entry.
     * @constructor
     * @param {task_kobj_ids_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var task_kobj_ids_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * task_kobj_ids_entry vm_id.
     * @member {number} vm_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.vm_id = 0;

    /**
     * task_kobj_ids_entry files_id.
     * @member {number} files_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.files_id = 0;

    /**
     * task_kobj_ids_entry fs_id.
     * @member {number} fs_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.fs_id = 0;

    /**
     * task_kobj_ids_entry sighand_id.
     * @member {number} sighand_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.sighand_id = 0;

    /**
     * task_kobj_ids_entry pid_ns_id.
     * @member {number} pid_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.pid_ns_id = 0;

    /**
     * task_kobj_ids_entry net_ns_id.
     * @member {number} net_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.net_ns_id = 0;

    /**
     * task_kobj_ids_entry ipc_ns_id.
     * @member {number} ipc_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.ipc_ns_id = 0;

    /**
     * task_kobj_ids_entry uts_ns_id.
     * @member {number} uts_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.uts_ns_id = 0;

    /**
     * task_kobj_ids_entry mnt_ns_id.
     * @member {number} mnt_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.mnt_ns_id = 0;

    /**
     * task_kobj_ids_entry user_ns_id.
     * @member {number} user_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.user_ns_id = 0;

    /**
     * task_kobj_ids_entry cgroup_ns_id.
     * @member {number} cgroup_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.cgroup_ns_id = 0;

    /**
     * task_kobj_ids_entry time_ns_id.
     * @member {number} time_ns_id
     * @memberof task_kobj_ids_entry
     * @instance
     */
    task_kobj_ids_entry.prototype.time_ns_id = 0;

    /**
     * Creates a new task_kobj_ids_entry instance using the specified properties.
     * @function create
     * @memberof task_kobj_ids_entry
     * @static
     * @param {task_kobj_ids_entry.$Properties=} [properties] Properties to set
     * @returns {task_kobj_ids_entry} task_kobj_ids_entry instance
     * @type {{
     *   (properties: task_kobj_ids_entry.$Shape): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
     *   (properties?: task_kobj_ids_entry.$Properties): task_kobj_ids_entry;
     * }}
     */
    task_kobj_ids_entry.create = function(properties) {
        return new task_kobj_ids_entry(properties);
    };

    /**
     * Encodes the specified task_kobj_ids_entry message. Does not implicitly {@link task_kobj_ids_entry.verify|verify} messages.
     * @function encode
     * @memberof task_kobj_ids_entry
     * @static
     * @param {task_kobj_ids_entry.$Properties} message task_kobj_ids_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    task_kobj_ids_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vm_id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.files_id);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.fs_id);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.sighand_id);
        if (message.pid_ns_id != null && $Object.hasOwnProperty.call(message, "pid_ns_id"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.pid_ns_id);
        if (message.net_ns_id != null && $Object.hasOwnProperty.call(message, "net_ns_id"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.net_ns_id);
        if (message.ipc_ns_id != null && $Object.hasOwnProperty.call(message, "ipc_ns_id"))
            writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ipc_ns_id);
        if (message.uts_ns_id != null && $Object.hasOwnProperty.call(message, "uts_ns_id"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.uts_ns_id);
        if (message.mnt_ns_id != null && $Object.hasOwnProperty.call(message, "mnt_ns_id"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.mnt_ns_id);
        if (message.user_ns_id != null && $Object.hasOwnProperty.call(message, "user_ns_id"))
            writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.user_ns_id);
        if (message.cgroup_ns_id != null && $Object.hasOwnProperty.call(message, "cgroup_ns_id"))
            writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.cgroup_ns_id);
        if (message.time_ns_id != null && $Object.hasOwnProperty.call(message, "time_ns_id"))
            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.time_ns_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a task_kobj_ids_entry message from the specified reader or buffer.
     * @function decode
     * @memberof task_kobj_ids_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {task_kobj_ids_entry & task_kobj_ids_entry.$Shape} task_kobj_ids_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    task_kobj_ids_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.task_kobj_ids_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.vm_id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.files_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.fs_id = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.sighand_id = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.pid_ns_id = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.net_ns_id = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.ipc_ns_id = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.uts_ns_id = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.mnt_ns_id = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.user_ns_id = reader.uint32();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.cgroup_ns_id = reader.uint32();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.time_ns_id = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "vm_id"))
            throw $util.ProtocolError("missing required 'vm_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "files_id"))
            throw $util.ProtocolError("missing required 'files_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fs_id"))
            throw $util.ProtocolError("missing required 'fs_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sighand_id"))
            throw $util.ProtocolError("missing required 'sighand_id'", { instance: message });
        return message;
    };

    return task_kobj_ids_entry;
})();

$root.thread_sas_entry = (function() {

    /**
     * Properties of a thread_sas_entry.
     * @typedef {Object} thread_sas_entry.$Properties
     * @property {number|Long} ss_sp thread_sas_entry ss_sp
     * @property {number|Long} ss_size thread_sas_entry ss_size
     * @property {number} ss_flags thread_sas_entry ss_flags
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a thread_sas_entry.
     * @exports Ithread_sas_entry
     * @interface Ithread_sas_entry
     * @augments thread_sas_entry.$Properties
     * @deprecated Use thread_sas_entry.$Properties instead.
     */

    /**
     * Shape of a thread_sas_entry.
     * @typedef {thread_sas_entry.$Properties} thread_sas_entry.$Shape
     */

    /**
     * Constructs a new thread_sas_entry.
     * @exports thread_sas_entry
     * @classdesc Represents a thread_sas_entry.
     * @constructor
     * @param {thread_sas_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var thread_sas_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * thread_sas_entry ss_sp.
     * @member {number|Long} ss_sp
     * @memberof thread_sas_entry
     * @instance
     */
    thread_sas_entry.prototype.ss_sp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_sas_entry ss_size.
     * @member {number|Long} ss_size
     * @memberof thread_sas_entry
     * @instance
     */
    thread_sas_entry.prototype.ss_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_sas_entry ss_flags.
     * @member {number} ss_flags
     * @memberof thread_sas_entry
     * @instance
     */
    thread_sas_entry.prototype.ss_flags = 0;

    /**
     * Creates a new thread_sas_entry instance using the specified properties.
     * @function create
     * @memberof thread_sas_entry
     * @static
     * @param {thread_sas_entry.$Properties=} [properties] Properties to set
     * @returns {thread_sas_entry} thread_sas_entry instance
     * @type {{
     *   (properties: thread_sas_entry.$Shape): thread_sas_entry & thread_sas_entry.$Shape;
     *   (properties?: thread_sas_entry.$Properties): thread_sas_entry;
     * }}
     */
    thread_sas_entry.create = function(properties) {
        return new thread_sas_entry(properties);
    };

    /**
     * Encodes the specified thread_sas_entry message. Does not implicitly {@link thread_sas_entry.verify|verify} messages.
     * @function encode
     * @memberof thread_sas_entry
     * @static
     * @param {thread_sas_entry.$Properties} message thread_sas_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    thread_sas_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ss_sp);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ss_size);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ss_flags);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a thread_sas_entry message from the specified reader or buffer.
     * @function decode
     * @memberof thread_sas_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {thread_sas_entry & thread_sas_entry.$Shape} thread_sas_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    thread_sas_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.thread_sas_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.ss_sp = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ss_size = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.ss_flags = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "ss_sp"))
            throw $util.ProtocolError("missing required 'ss_sp'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ss_size"))
            throw $util.ProtocolError("missing required 'ss_size'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ss_flags"))
            throw $util.ProtocolError("missing required 'ss_flags'", { instance: message });
        return message;
    };

    return thread_sas_entry;
})();

$root.thread_core_entry = (function() {

    /**
     * Properties of a thread_core_entry.
     * @typedef {Object} thread_core_entry.$Properties
     * @property {number|Long} futex_rla thread_core_entry futex_rla
     * @property {number} futex_rla_len thread_core_entry futex_rla_len
     * @property {number|null} [sched_nice] thread_core_entry sched_nice
     * @property {number|null} [sched_policy] thread_core_entry sched_policy
     * @property {number|null} [sched_prio] thread_core_entry sched_prio
     * @property {number|Long|null} [blk_sigset] thread_core_entry blk_sigset
     * @property {thread_sas_entry.$Properties|null} [sas] thread_core_entry sas
     * @property {number|null} [pdeath_sig] thread_core_entry pdeath_sig
     * @property {signal_queue_entry.$Properties|null} [signals_p] thread_core_entry signals_p
     * @property {creds_entry.$Properties|null} [creds] thread_core_entry creds
     * @property {seccomp_mode|null} [seccomp_mode] thread_core_entry seccomp_mode
     * @property {number|null} [seccomp_filter] thread_core_entry seccomp_filter
     * @property {string|null} [comm] thread_core_entry comm
     * @property {number|Long|null} [blk_sigset_extended] thread_core_entry blk_sigset_extended
     * @property {rseq_entry.$Properties|null} [rseq_entry] thread_core_entry rseq_entry
     * @property {number|null} [cg_set] thread_core_entry cg_set
     * @property {Uint8Array|null} [amber_xsave] thread_core_entry amber_xsave
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a thread_core_entry.
     * @exports Ithread_core_entry
     * @interface Ithread_core_entry
     * @augments thread_core_entry.$Properties
     * @deprecated Use thread_core_entry.$Properties instead.
     */

    /**
     * Shape of a thread_core_entry.
     * @typedef {thread_core_entry.$Properties} thread_core_entry.$Shape
     */

    /**
     * Constructs a new thread_core_entry.
     * @exports thread_core_entry
     * @classdesc Represents a thread_core_entry.
     * @constructor
     * @param {thread_core_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var thread_core_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * thread_core_entry futex_rla.
     * @member {number|Long} futex_rla
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.futex_rla = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_core_entry futex_rla_len.
     * @member {number} futex_rla_len
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.futex_rla_len = 0;

    /**
     * thread_core_entry sched_nice.
     * @member {number} sched_nice
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.sched_nice = 0;

    /**
     * thread_core_entry sched_policy.
     * @member {number} sched_policy
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.sched_policy = 0;

    /**
     * thread_core_entry sched_prio.
     * @member {number} sched_prio
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.sched_prio = 0;

    /**
     * thread_core_entry blk_sigset.
     * @member {number|Long} blk_sigset
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.blk_sigset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_core_entry sas.
     * @member {thread_sas_entry.$Properties|null|undefined} sas
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.sas = null;

    /**
     * thread_core_entry pdeath_sig.
     * @member {number} pdeath_sig
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.pdeath_sig = 0;

    /**
     * thread_core_entry signals_p.
     * @member {signal_queue_entry.$Properties|null|undefined} signals_p
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.signals_p = null;

    /**
     * thread_core_entry creds.
     * @member {creds_entry.$Properties|null|undefined} creds
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.creds = null;

    /**
     * thread_core_entry seccomp_mode.
     * @member {seccomp_mode} seccomp_mode
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.seccomp_mode = 0;

    /**
     * thread_core_entry seccomp_filter.
     * @member {number} seccomp_filter
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.seccomp_filter = 0;

    /**
     * thread_core_entry comm.
     * @member {string} comm
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.comm = "";

    /**
     * thread_core_entry blk_sigset_extended.
     * @member {number|Long} blk_sigset_extended
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.blk_sigset_extended = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * thread_core_entry rseq_entry.
     * @member {rseq_entry.$Properties|null|undefined} rseq_entry
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.rseq_entry = null;

    /**
     * thread_core_entry cg_set.
     * @member {number} cg_set
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.cg_set = 0;

    /**
     * thread_core_entry amber_xsave.
     * @member {Uint8Array} amber_xsave
     * @memberof thread_core_entry
     * @instance
     */
    thread_core_entry.prototype.amber_xsave = $util.newBuffer([]);

    /**
     * Creates a new thread_core_entry instance using the specified properties.
     * @function create
     * @memberof thread_core_entry
     * @static
     * @param {thread_core_entry.$Properties=} [properties] Properties to set
     * @returns {thread_core_entry} thread_core_entry instance
     * @type {{
     *   (properties: thread_core_entry.$Shape): thread_core_entry & thread_core_entry.$Shape;
     *   (properties?: thread_core_entry.$Properties): thread_core_entry;
     * }}
     */
    thread_core_entry.create = function(properties) {
        return new thread_core_entry(properties);
    };

    /**
     * Encodes the specified thread_core_entry message. Does not implicitly {@link thread_core_entry.verify|verify} messages.
     * @function encode
     * @memberof thread_core_entry
     * @static
     * @param {thread_core_entry.$Properties} message thread_core_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    thread_core_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.futex_rla);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.futex_rla_len);
        if (message.sched_nice != null && $Object.hasOwnProperty.call(message, "sched_nice"))
            writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.sched_nice);
        if (message.sched_policy != null && $Object.hasOwnProperty.call(message, "sched_policy"))
            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.sched_policy);
        if (message.sched_prio != null && $Object.hasOwnProperty.call(message, "sched_prio"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sched_prio);
        if (message.blk_sigset != null && $Object.hasOwnProperty.call(message, "blk_sigset"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.blk_sigset);
        if (message.sas != null && $Object.hasOwnProperty.call(message, "sas"))
            $root.thread_sas_entry.encode(message.sas, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
        if (message.pdeath_sig != null && $Object.hasOwnProperty.call(message, "pdeath_sig"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.pdeath_sig);
        if (message.signals_p != null && $Object.hasOwnProperty.call(message, "signals_p"))
            $root.signal_queue_entry.encode(message.signals_p, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
        if (message.creds != null && $Object.hasOwnProperty.call(message, "creds"))
            $root.creds_entry.encode(message.creds, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.seccomp_mode != null && $Object.hasOwnProperty.call(message, "seccomp_mode"))
            writer.uint32(/* id 11, wireType 0 =*/88).int32(message.seccomp_mode);
        if (message.seccomp_filter != null && $Object.hasOwnProperty.call(message, "seccomp_filter"))
            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.seccomp_filter);
        if (message.comm != null && $Object.hasOwnProperty.call(message, "comm"))
            writer.uint32(/* id 13, wireType 2 =*/106).string(message.comm);
        if (message.blk_sigset_extended != null && $Object.hasOwnProperty.call(message, "blk_sigset_extended"))
            writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.blk_sigset_extended);
        if (message.rseq_entry != null && $Object.hasOwnProperty.call(message, "rseq_entry"))
            $root.rseq_entry.encode(message.rseq_entry, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
        if (message.cg_set != null && $Object.hasOwnProperty.call(message, "cg_set"))
            writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.cg_set);
        if (message.amber_xsave != null && $Object.hasOwnProperty.call(message, "amber_xsave"))
            writer.uint32(/* id 1000, wireType 2 =*/8002).bytes(message.amber_xsave);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a thread_core_entry message from the specified reader or buffer.
     * @function decode
     * @memberof thread_core_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {thread_core_entry & thread_core_entry.$Shape} thread_core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    thread_core_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.thread_core_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.futex_rla = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.futex_rla_len = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.sched_nice = reader.sint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.sched_policy = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.sched_prio = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.blk_sigset = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 2)
                        break;
                    message.sas = $root.thread_sas_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.sas);
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.pdeath_sig = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 2)
                        break;
                    message.signals_p = $root.signal_queue_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.signals_p);
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.creds = $root.creds_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.creds);
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.seccomp_mode[value] !== $undefined)
                        message.seccomp_mode = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.seccomp_filter = reader.uint32();
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.comm = reader.string();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.blk_sigset_extended = reader.uint64();
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    message.rseq_entry = $root.rseq_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.rseq_entry);
                    continue;
                }
            case 16: {
                    if (wireType !== 0)
                        break;
                    message.cg_set = reader.uint32();
                    continue;
                }
            case 1000: {
                    if (wireType !== 2)
                        break;
                    message.amber_xsave = reader.bytes();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "futex_rla"))
            throw $util.ProtocolError("missing required 'futex_rla'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "futex_rla_len"))
            throw $util.ProtocolError("missing required 'futex_rla_len'", { instance: message });
        return message;
    };

    return thread_core_entry;
})();

/**
 * core_march enum.
 * @name core_march
 * @enum {number}
 * @property {number} UNKNOWN=0 UNKNOWN value
 * @property {number} X86_64=1 X86_64 value
 * @property {number} ARM=2 ARM value
 * @property {number} AARCH64=3 AARCH64 value
 * @property {number} PPC64=4 PPC64 value
 * @property {number} S390=5 S390 value
 * @property {number} MIPS=6 MIPS value
 * @property {number} LOONGARCH64=7 LOONGARCH64 value
 * @property {number} RISCV64=8 RISCV64 value
 */
$root.core_march = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "UNKNOWN"] = 0;
    values[valuesById[1] = "X86_64"] = 1;
    values[valuesById[2] = "ARM"] = 2;
    values[valuesById[3] = "AARCH64"] = 3;
    values[valuesById[4] = "PPC64"] = 4;
    values[valuesById[5] = "S390"] = 5;
    values[valuesById[6] = "MIPS"] = 6;
    values[valuesById[7] = "LOONGARCH64"] = 7;
    values[valuesById[8] = "RISCV64"] = 8;
    return values;
})();

$root.core_entry = (function() {

    /**
     * Properties of a core_entry.
     * @typedef {Object} core_entry.$Properties
     * @property {core_march} mtype core_entry mtype
     * @property {thread_info_x86.$Properties|null} [thread_info] core_entry thread_info
     * @property {task_core_entry.$Properties|null} [tc] core_entry tc
     * @property {task_kobj_ids_entry.$Properties|null} [ids] core_entry ids
     * @property {thread_core_entry.$Properties|null} [thread_core] core_entry thread_core
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a core_entry.
     * @exports Icore_entry
     * @interface Icore_entry
     * @augments core_entry.$Properties
     * @deprecated Use core_entry.$Properties instead.
     */

    /**
     * Shape of a core_entry.
     * @typedef {core_entry.$Properties} core_entry.$Shape
     */

    /**
     * Constructs a new core_entry.
     * @exports core_entry
     * @classdesc Represents a core_entry.
     * @constructor
     * @param {core_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var core_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * core_entry mtype.
     * @member {core_march} mtype
     * @memberof core_entry
     * @instance
     */
    core_entry.prototype.mtype = 0;

    /**
     * core_entry thread_info.
     * @member {thread_info_x86.$Properties|null|undefined} thread_info
     * @memberof core_entry
     * @instance
     */
    core_entry.prototype.thread_info = null;

    /**
     * core_entry tc.
     * @member {task_core_entry.$Properties|null|undefined} tc
     * @memberof core_entry
     * @instance
     */
    core_entry.prototype.tc = null;

    /**
     * core_entry ids.
     * @member {task_kobj_ids_entry.$Properties|null|undefined} ids
     * @memberof core_entry
     * @instance
     */
    core_entry.prototype.ids = null;

    /**
     * core_entry thread_core.
     * @member {thread_core_entry.$Properties|null|undefined} thread_core
     * @memberof core_entry
     * @instance
     */
    core_entry.prototype.thread_core = null;

    /**
     * Creates a new core_entry instance using the specified properties.
     * @function create
     * @memberof core_entry
     * @static
     * @param {core_entry.$Properties=} [properties] Properties to set
     * @returns {core_entry} core_entry instance
     * @type {{
     *   (properties: core_entry.$Shape): core_entry & core_entry.$Shape;
     *   (properties?: core_entry.$Properties): core_entry;
     * }}
     */
    core_entry.create = function(properties) {
        return new core_entry(properties);
    };

    /**
     * Encodes the specified core_entry message. Does not implicitly {@link core_entry.verify|verify} messages.
     * @function encode
     * @memberof core_entry
     * @static
     * @param {core_entry.$Properties} message core_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    core_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mtype);
        if (message.thread_info != null && $Object.hasOwnProperty.call(message, "thread_info"))
            $root.thread_info_x86.encode(message.thread_info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
        if (message.tc != null && $Object.hasOwnProperty.call(message, "tc"))
            $root.task_core_entry.encode(message.tc, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.ids != null && $Object.hasOwnProperty.call(message, "ids"))
            $root.task_kobj_ids_entry.encode(message.ids, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.thread_core != null && $Object.hasOwnProperty.call(message, "thread_core"))
            $root.thread_core_entry.encode(message.thread_core, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a core_entry message from the specified reader or buffer.
     * @function decode
     * @memberof core_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {core_entry & core_entry.$Shape} core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    core_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.core_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.core_march[value] !== $undefined)
                        message.mtype = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    message.thread_info = $root.thread_info_x86.decode(reader, reader.size(), $undefined, _depth + 1, message.thread_info);
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.tc = $root.task_core_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.tc);
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.ids = $root.task_kobj_ids_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ids);
                    continue;
                }
            case 5: {
                    if (wireType !== 2)
                        break;
                    message.thread_core = $root.thread_core_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.thread_core);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "mtype"))
            throw $util.ProtocolError("missing required 'mtype'", { instance: message });
        return message;
    };

    return core_entry;
})();

$root.eventfd_file_entry = (function() {

    /**
     * Properties of an eventfd_file_entry.
     * @typedef {Object} eventfd_file_entry.$Properties
     * @property {number} id eventfd_file_entry id
     * @property {number} flags eventfd_file_entry flags
     * @property {fown_entry.$Properties} fown eventfd_file_entry fown
     * @property {number|Long} counter eventfd_file_entry counter
     * @property {boolean|null} [semaphore] eventfd_file_entry semaphore
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an eventfd_file_entry.
     * @exports Ieventfd_file_entry
     * @interface Ieventfd_file_entry
     * @augments eventfd_file_entry.$Properties
     * @deprecated Use eventfd_file_entry.$Properties instead.
     */

    /**
     * Shape of an eventfd_file_entry.
     * @typedef {eventfd_file_entry.$Properties} eventfd_file_entry.$Shape
     */

    /**
     * Constructs a new eventfd_file_entry.
     * @exports eventfd_file_entry
     * @classdesc Represents an eventfd_file_entry.
     * @constructor
     * @param {eventfd_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var eventfd_file_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * eventfd_file_entry id.
     * @member {number} id
     * @memberof eventfd_file_entry
     * @instance
     */
    eventfd_file_entry.prototype.id = 0;

    /**
     * eventfd_file_entry flags.
     * @member {number} flags
     * @memberof eventfd_file_entry
     * @instance
     */
    eventfd_file_entry.prototype.flags = 0;

    /**
     * eventfd_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof eventfd_file_entry
     * @instance
     */
    eventfd_file_entry.prototype.fown = null;

    /**
     * eventfd_file_entry counter.
     * @member {number|Long} counter
     * @memberof eventfd_file_entry
     * @instance
     */
    eventfd_file_entry.prototype.counter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * eventfd_file_entry semaphore.
     * @member {boolean} semaphore
     * @memberof eventfd_file_entry
     * @instance
     */
    eventfd_file_entry.prototype.semaphore = false;

    /**
     * Creates a new eventfd_file_entry instance using the specified properties.
     * @function create
     * @memberof eventfd_file_entry
     * @static
     * @param {eventfd_file_entry.$Properties=} [properties] Properties to set
     * @returns {eventfd_file_entry} eventfd_file_entry instance
     * @type {{
     *   (properties: eventfd_file_entry.$Shape): eventfd_file_entry & eventfd_file_entry.$Shape;
     *   (properties?: eventfd_file_entry.$Properties): eventfd_file_entry;
     * }}
     */
    eventfd_file_entry.create = function(properties) {
        return new eventfd_file_entry(properties);
    };

    /**
     * Encodes the specified eventfd_file_entry message. Does not implicitly {@link eventfd_file_entry.verify|verify} messages.
     * @function encode
     * @memberof eventfd_file_entry
     * @static
     * @param {eventfd_file_entry.$Properties} message eventfd_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    eventfd_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.counter);
        if (message.semaphore != null && $Object.hasOwnProperty.call(message, "semaphore"))
            writer.uint32(/* id 100, wireType 0 =*/800).bool(message.semaphore);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an eventfd_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof eventfd_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {eventfd_file_entry & eventfd_file_entry.$Shape} eventfd_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    eventfd_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.eventfd_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.counter = reader.uint64();
                    continue;
                }
            case 100: {
                    if (wireType !== 0)
                        break;
                    message.semaphore = reader.bool();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "counter"))
            throw $util.ProtocolError("missing required 'counter'", { instance: message });
        return message;
    };

    return eventfd_file_entry;
})();

$root.signalfd_entry = (function() {

    /**
     * Properties of a signalfd_entry.
     * @typedef {Object} signalfd_entry.$Properties
     * @property {number} id signalfd_entry id
     * @property {number} flags signalfd_entry flags
     * @property {fown_entry.$Properties} fown signalfd_entry fown
     * @property {number|Long} sigmask signalfd_entry sigmask
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a signalfd_entry.
     * @exports Isignalfd_entry
     * @interface Isignalfd_entry
     * @augments signalfd_entry.$Properties
     * @deprecated Use signalfd_entry.$Properties instead.
     */

    /**
     * Shape of a signalfd_entry.
     * @typedef {signalfd_entry.$Properties} signalfd_entry.$Shape
     */

    /**
     * Constructs a new signalfd_entry.
     * @exports signalfd_entry
     * @classdesc Represents a signalfd_entry.
     * @constructor
     * @param {signalfd_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var signalfd_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * signalfd_entry id.
     * @member {number} id
     * @memberof signalfd_entry
     * @instance
     */
    signalfd_entry.prototype.id = 0;

    /**
     * signalfd_entry flags.
     * @member {number} flags
     * @memberof signalfd_entry
     * @instance
     */
    signalfd_entry.prototype.flags = 0;

    /**
     * signalfd_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof signalfd_entry
     * @instance
     */
    signalfd_entry.prototype.fown = null;

    /**
     * signalfd_entry sigmask.
     * @member {number|Long} sigmask
     * @memberof signalfd_entry
     * @instance
     */
    signalfd_entry.prototype.sigmask = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new signalfd_entry instance using the specified properties.
     * @function create
     * @memberof signalfd_entry
     * @static
     * @param {signalfd_entry.$Properties=} [properties] Properties to set
     * @returns {signalfd_entry} signalfd_entry instance
     * @type {{
     *   (properties: signalfd_entry.$Shape): signalfd_entry & signalfd_entry.$Shape;
     *   (properties?: signalfd_entry.$Properties): signalfd_entry;
     * }}
     */
    signalfd_entry.create = function(properties) {
        return new signalfd_entry(properties);
    };

    /**
     * Encodes the specified signalfd_entry message. Does not implicitly {@link signalfd_entry.verify|verify} messages.
     * @function encode
     * @memberof signalfd_entry
     * @static
     * @param {signalfd_entry.$Properties} message signalfd_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    signalfd_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sigmask);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a signalfd_entry message from the specified reader or buffer.
     * @function decode
     * @memberof signalfd_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {signalfd_entry & signalfd_entry.$Shape} signalfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    signalfd_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.signalfd_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.sigmask = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sigmask"))
            throw $util.ProtocolError("missing required 'sigmask'", { instance: message });
        return message;
    };

    return signalfd_entry;
})();

$root.timerfd_entry = (function() {

    /**
     * Properties of a timerfd_entry.
     * @typedef {Object} timerfd_entry.$Properties
     * @property {number} id timerfd_entry id
     * @property {number} flags timerfd_entry flags
     * @property {fown_entry.$Properties} fown timerfd_entry fown
     * @property {number} clockid timerfd_entry clockid
     * @property {number|Long} ticks timerfd_entry ticks
     * @property {number} settime_flags timerfd_entry settime_flags
     * @property {number|Long} vsec timerfd_entry vsec
     * @property {number|Long} vnsec timerfd_entry vnsec
     * @property {number|Long} isec timerfd_entry isec
     * @property {number|Long} insec timerfd_entry insec
     * @property {number|Long|null} [deadline_ns] timerfd_entry deadline_ns
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a timerfd_entry.
     * @exports Itimerfd_entry
     * @interface Itimerfd_entry
     * @augments timerfd_entry.$Properties
     * @deprecated Use timerfd_entry.$Properties instead.
     */

    /**
     * Shape of a timerfd_entry.
     * @typedef {timerfd_entry.$Properties} timerfd_entry.$Shape
     */

    /**
     * Constructs a new timerfd_entry.
     * @exports timerfd_entry
     * @classdesc Represents a timerfd_entry.
     * @constructor
     * @param {timerfd_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var timerfd_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * timerfd_entry id.
     * @member {number} id
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.id = 0;

    /**
     * timerfd_entry flags.
     * @member {number} flags
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.flags = 0;

    /**
     * timerfd_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.fown = null;

    /**
     * timerfd_entry clockid.
     * @member {number} clockid
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.clockid = 0;

    /**
     * timerfd_entry ticks.
     * @member {number|Long} ticks
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.ticks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * timerfd_entry settime_flags.
     * @member {number} settime_flags
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.settime_flags = 0;

    /**
     * timerfd_entry vsec.
     * @member {number|Long} vsec
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.vsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * timerfd_entry vnsec.
     * @member {number|Long} vnsec
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.vnsec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * timerfd_entry isec.
     * @member {number|Long} isec
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.isec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * timerfd_entry insec.
     * @member {number|Long} insec
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.insec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * timerfd_entry deadline_ns.
     * @member {number|Long} deadline_ns
     * @memberof timerfd_entry
     * @instance
     */
    timerfd_entry.prototype.deadline_ns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new timerfd_entry instance using the specified properties.
     * @function create
     * @memberof timerfd_entry
     * @static
     * @param {timerfd_entry.$Properties=} [properties] Properties to set
     * @returns {timerfd_entry} timerfd_entry instance
     * @type {{
     *   (properties: timerfd_entry.$Shape): timerfd_entry & timerfd_entry.$Shape;
     *   (properties?: timerfd_entry.$Properties): timerfd_entry;
     * }}
     */
    timerfd_entry.create = function(properties) {
        return new timerfd_entry(properties);
    };

    /**
     * Encodes the specified timerfd_entry message. Does not implicitly {@link timerfd_entry.verify|verify} messages.
     * @function encode
     * @memberof timerfd_entry
     * @static
     * @param {timerfd_entry.$Properties} message timerfd_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    timerfd_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.clockid);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.ticks);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.settime_flags);
        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.vsec);
        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.vnsec);
        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.isec);
        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.insec);
        if (message.deadline_ns != null && $Object.hasOwnProperty.call(message, "deadline_ns"))
            writer.uint32(/* id 100, wireType 0 =*/800).uint64(message.deadline_ns);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a timerfd_entry message from the specified reader or buffer.
     * @function decode
     * @memberof timerfd_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {timerfd_entry & timerfd_entry.$Shape} timerfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    timerfd_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.timerfd_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.clockid = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.ticks = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.settime_flags = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.vsec = reader.uint64();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.vnsec = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.isec = reader.uint64();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.insec = reader.uint64();
                    continue;
                }
            case 100: {
                    if (wireType !== 0)
                        break;
                    message.deadline_ns = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "clockid"))
            throw $util.ProtocolError("missing required 'clockid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ticks"))
            throw $util.ProtocolError("missing required 'ticks'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "settime_flags"))
            throw $util.ProtocolError("missing required 'settime_flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vsec"))
            throw $util.ProtocolError("missing required 'vsec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "vnsec"))
            throw $util.ProtocolError("missing required 'vnsec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "isec"))
            throw $util.ProtocolError("missing required 'isec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "insec"))
            throw $util.ProtocolError("missing required 'insec'", { instance: message });
        return message;
    };

    return timerfd_entry;
})();

$root.pidfd_entry = (function() {

    /**
     * Properties of a pidfd_entry.
     * @typedef {Object} pidfd_entry.$Properties
     * @property {number} id pidfd_entry id
     * @property {number} ino pidfd_entry ino
     * @property {number} flags pidfd_entry flags
     * @property {number} nspid pidfd_entry nspid
     * @property {fown_entry.$Properties} fown pidfd_entry fown
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pidfd_entry.
     * @exports Ipidfd_entry
     * @interface Ipidfd_entry
     * @augments pidfd_entry.$Properties
     * @deprecated Use pidfd_entry.$Properties instead.
     */

    /**
     * Shape of a pidfd_entry.
     * @typedef {pidfd_entry.$Properties} pidfd_entry.$Shape
     */

    /**
     * Constructs a new pidfd_entry.
     * @exports pidfd_entry
     * @classdesc Represents a pidfd_entry.
     * @constructor
     * @param {pidfd_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pidfd_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pidfd_entry id.
     * @member {number} id
     * @memberof pidfd_entry
     * @instance
     */
    pidfd_entry.prototype.id = 0;

    /**
     * pidfd_entry ino.
     * @member {number} ino
     * @memberof pidfd_entry
     * @instance
     */
    pidfd_entry.prototype.ino = 0;

    /**
     * pidfd_entry flags.
     * @member {number} flags
     * @memberof pidfd_entry
     * @instance
     */
    pidfd_entry.prototype.flags = 0;

    /**
     * pidfd_entry nspid.
     * @member {number} nspid
     * @memberof pidfd_entry
     * @instance
     */
    pidfd_entry.prototype.nspid = 0;

    /**
     * pidfd_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof pidfd_entry
     * @instance
     */
    pidfd_entry.prototype.fown = null;

    /**
     * Creates a new pidfd_entry instance using the specified properties.
     * @function create
     * @memberof pidfd_entry
     * @static
     * @param {pidfd_entry.$Properties=} [properties] Properties to set
     * @returns {pidfd_entry} pidfd_entry instance
     * @type {{
     *   (properties: pidfd_entry.$Shape): pidfd_entry & pidfd_entry.$Shape;
     *   (properties?: pidfd_entry.$Properties): pidfd_entry;
     * }}
     */
    pidfd_entry.create = function(properties) {
        return new pidfd_entry(properties);
    };

    /**
     * Encodes the specified pidfd_entry message. Does not implicitly {@link pidfd_entry.verify|verify} messages.
     * @function encode
     * @memberof pidfd_entry
     * @static
     * @param {pidfd_entry.$Properties} message pidfd_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pidfd_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ino);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.nspid);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pidfd_entry message from the specified reader or buffer.
     * @function decode
     * @memberof pidfd_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pidfd_entry & pidfd_entry.$Shape} pidfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pidfd_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pidfd_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ino = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.nspid = reader.int32();
                    continue;
                }
            case 5: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ino"))
            throw $util.ProtocolError("missing required 'ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "nspid"))
            throw $util.ProtocolError("missing required 'nspid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        return message;
    };

    return pidfd_entry;
})();

$root.file_lock_entry = (function() {

    /**
     * Properties of a file_lock_entry.
     * @typedef {Object} file_lock_entry.$Properties
     * @property {number} flag file_lock_entry flag
     * @property {number} type file_lock_entry type
     * @property {number} pid file_lock_entry pid
     * @property {number} fd file_lock_entry fd
     * @property {number|Long} start file_lock_entry start
     * @property {number|Long} len file_lock_entry len
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a file_lock_entry.
     * @exports Ifile_lock_entry
     * @interface Ifile_lock_entry
     * @augments file_lock_entry.$Properties
     * @deprecated Use file_lock_entry.$Properties instead.
     */

    /**
     * Shape of a file_lock_entry.
     * @typedef {file_lock_entry.$Properties} file_lock_entry.$Shape
     */

    /**
     * Constructs a new file_lock_entry.
     * @exports file_lock_entry
     * @classdesc Represents a file_lock_entry.
     * @constructor
     * @param {file_lock_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var file_lock_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * file_lock_entry flag.
     * @member {number} flag
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.flag = 0;

    /**
     * file_lock_entry type.
     * @member {number} type
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.type = 0;

    /**
     * file_lock_entry pid.
     * @member {number} pid
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.pid = 0;

    /**
     * file_lock_entry fd.
     * @member {number} fd
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.fd = 0;

    /**
     * file_lock_entry start.
     * @member {number|Long} start
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

    /**
     * file_lock_entry len.
     * @member {number|Long} len
     * @memberof file_lock_entry
     * @instance
     */
    file_lock_entry.prototype.len = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

    /**
     * Creates a new file_lock_entry instance using the specified properties.
     * @function create
     * @memberof file_lock_entry
     * @static
     * @param {file_lock_entry.$Properties=} [properties] Properties to set
     * @returns {file_lock_entry} file_lock_entry instance
     * @type {{
     *   (properties: file_lock_entry.$Shape): file_lock_entry & file_lock_entry.$Shape;
     *   (properties?: file_lock_entry.$Properties): file_lock_entry;
     * }}
     */
    file_lock_entry.create = function(properties) {
        return new file_lock_entry(properties);
    };

    /**
     * Encodes the specified file_lock_entry message. Does not implicitly {@link file_lock_entry.verify|verify} messages.
     * @function encode
     * @memberof file_lock_entry
     * @static
     * @param {file_lock_entry.$Properties} message file_lock_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    file_lock_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.flag);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.type);
        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.pid);
        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.fd);
        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.start);
        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.len);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a file_lock_entry message from the specified reader or buffer.
     * @function decode
     * @memberof file_lock_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {file_lock_entry & file_lock_entry.$Shape} file_lock_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    file_lock_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.file_lock_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.flag = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.type = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.pid = reader.int32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.fd = reader.int32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.start = reader.int64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.len = reader.int64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "flag"))
            throw $util.ProtocolError("missing required 'flag'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pid"))
            throw $util.ProtocolError("missing required 'pid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fd"))
            throw $util.ProtocolError("missing required 'fd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "start"))
            throw $util.ProtocolError("missing required 'start'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "len"))
            throw $util.ProtocolError("missing required 'len'", { instance: message });
        return message;
    };

    return file_lock_entry;
})();

/**
 * fd_types enum.
 * @name fd_types
 * @enum {number}
 * @property {number} UND=0 UND value
 * @property {number} REG=1 REG value
 * @property {number} PIPE=2 PIPE value
 * @property {number} FIFO=3 FIFO value
 * @property {number} INETSK=4 INETSK value
 * @property {number} UNIXSK=5 UNIXSK value
 * @property {number} EVENTFD=6 EVENTFD value
 * @property {number} EVENTPOLL=7 EVENTPOLL value
 * @property {number} INOTIFY=8 INOTIFY value
 * @property {number} SIGNALFD=9 SIGNALFD value
 * @property {number} PACKETSK=10 PACKETSK value
 * @property {number} TTY=11 TTY value
 * @property {number} FANOTIFY=12 FANOTIFY value
 * @property {number} NETLINKSK=13 NETLINKSK value
 * @property {number} NS=14 NS value
 * @property {number} TUNF=15 TUNF value
 * @property {number} EXT=16 EXT value
 * @property {number} TIMERFD=17 TIMERFD value
 * @property {number} MEMFD=18 MEMFD value
 * @property {number} BPFMAP=19 BPFMAP value
 * @property {number} PIDFD=20 PIDFD value
 * @property {number} CTL_TTY=65534 CTL_TTY value
 * @property {number} AUTOFS_PIPE=65535 AUTOFS_PIPE value
 */
$root.fd_types = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "UND"] = 0;
    values[valuesById[1] = "REG"] = 1;
    values[valuesById[2] = "PIPE"] = 2;
    values[valuesById[3] = "FIFO"] = 3;
    values[valuesById[4] = "INETSK"] = 4;
    values[valuesById[5] = "UNIXSK"] = 5;
    values[valuesById[6] = "EVENTFD"] = 6;
    values[valuesById[7] = "EVENTPOLL"] = 7;
    values[valuesById[8] = "INOTIFY"] = 8;
    values[valuesById[9] = "SIGNALFD"] = 9;
    values[valuesById[10] = "PACKETSK"] = 10;
    values[valuesById[11] = "TTY"] = 11;
    values[valuesById[12] = "FANOTIFY"] = 12;
    values[valuesById[13] = "NETLINKSK"] = 13;
    values[valuesById[14] = "NS"] = 14;
    values[valuesById[15] = "TUNF"] = 15;
    values[valuesById[16] = "EXT"] = 16;
    values[valuesById[17] = "TIMERFD"] = 17;
    values[valuesById[18] = "MEMFD"] = 18;
    values[valuesById[19] = "BPFMAP"] = 19;
    values[valuesById[20] = "PIDFD"] = 20;
    values[valuesById[65534] = "CTL_TTY"] = 65534;
    values[valuesById[65535] = "AUTOFS_PIPE"] = 65535;
    return values;
})();

$root.fown_entry = (function() {

    /**
     * Properties of a fown_entry.
     * @typedef {Object} fown_entry.$Properties
     * @property {number} uid fown_entry uid
     * @property {number} euid fown_entry euid
     * @property {number} signum fown_entry signum
     * @property {number} pid_type fown_entry pid_type
     * @property {number} pid fown_entry pid
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fown_entry.
     * @exports Ifown_entry
     * @interface Ifown_entry
     * @augments fown_entry.$Properties
     * @deprecated Use fown_entry.$Properties instead.
     */

    /**
     * Shape of a fown_entry.
     * @typedef {fown_entry.$Properties} fown_entry.$Shape
     */

    /**
     * Constructs a new fown_entry.
     * @exports fown_entry
     * @classdesc Represents a fown_entry.
     * @constructor
     * @param {fown_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fown_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fown_entry uid.
     * @member {number} uid
     * @memberof fown_entry
     * @instance
     */
    fown_entry.prototype.uid = 0;

    /**
     * fown_entry euid.
     * @member {number} euid
     * @memberof fown_entry
     * @instance
     */
    fown_entry.prototype.euid = 0;

    /**
     * fown_entry signum.
     * @member {number} signum
     * @memberof fown_entry
     * @instance
     */
    fown_entry.prototype.signum = 0;

    /**
     * fown_entry pid_type.
     * @member {number} pid_type
     * @memberof fown_entry
     * @instance
     */
    fown_entry.prototype.pid_type = 0;

    /**
     * fown_entry pid.
     * @member {number} pid
     * @memberof fown_entry
     * @instance
     */
    fown_entry.prototype.pid = 0;

    /**
     * Creates a new fown_entry instance using the specified properties.
     * @function create
     * @memberof fown_entry
     * @static
     * @param {fown_entry.$Properties=} [properties] Properties to set
     * @returns {fown_entry} fown_entry instance
     * @type {{
     *   (properties: fown_entry.$Shape): fown_entry & fown_entry.$Shape;
     *   (properties?: fown_entry.$Properties): fown_entry;
     * }}
     */
    fown_entry.create = function(properties) {
        return new fown_entry(properties);
    };

    /**
     * Encodes the specified fown_entry message. Does not implicitly {@link fown_entry.verify|verify} messages.
     * @function encode
     * @memberof fown_entry
     * @static
     * @param {fown_entry.$Properties} message fown_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fown_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uid);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.euid);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signum);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pid_type);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.pid);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fown_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fown_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fown_entry & fown_entry.$Shape} fown_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fown_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fown_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.uid = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.euid = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.signum = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.pid_type = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.pid = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "uid"))
            throw $util.ProtocolError("missing required 'uid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "euid"))
            throw $util.ProtocolError("missing required 'euid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "signum"))
            throw $util.ProtocolError("missing required 'signum'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pid_type"))
            throw $util.ProtocolError("missing required 'pid_type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pid"))
            throw $util.ProtocolError("missing required 'pid'", { instance: message });
        return message;
    };

    return fown_entry;
})();

$root.reg_file_entry = (function() {

    /**
     * Properties of a reg_file_entry.
     * @typedef {Object} reg_file_entry.$Properties
     * @property {number} id reg_file_entry id
     * @property {number} flags reg_file_entry flags
     * @property {number|Long} pos reg_file_entry pos
     * @property {fown_entry.$Properties} fown reg_file_entry fown
     * @property {string} name reg_file_entry name
     * @property {number|null} [mnt_id] reg_file_entry mnt_id
     * @property {number|Long|null} [size] reg_file_entry size
     * @property {boolean|null} [ext] reg_file_entry ext
     * @property {number|null} [mode] reg_file_entry mode
     * @property {Array.<number>|null} [build_id] reg_file_entry build_id
     * @property {number|null} [checksum] reg_file_entry checksum
     * @property {number|null} [checksum_config] reg_file_entry checksum_config
     * @property {number|null} [checksum_parameter] reg_file_entry checksum_parameter
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a reg_file_entry.
     * @exports Ireg_file_entry
     * @interface Ireg_file_entry
     * @augments reg_file_entry.$Properties
     * @deprecated Use reg_file_entry.$Properties instead.
     */

    /**
     * Shape of a reg_file_entry.
     * @typedef {reg_file_entry.$Properties} reg_file_entry.$Shape
     */

    /**
     * Constructs a new reg_file_entry.
     * @exports reg_file_entry
     * @classdesc Represents a reg_file_entry.
     * @constructor
     * @param {reg_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var reg_file_entry = function (properties) {
        this.build_id = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * reg_file_entry id.
     * @member {number} id
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.id = 0;

    /**
     * reg_file_entry flags.
     * @member {number} flags
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.flags = 0;

    /**
     * reg_file_entry pos.
     * @member {number|Long} pos
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.pos = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * reg_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.fown = null;

    /**
     * reg_file_entry name.
     * @member {string} name
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.name = "";

    /**
     * reg_file_entry mnt_id.
     * @member {number} mnt_id
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.mnt_id = -1;

    /**
     * reg_file_entry size.
     * @member {number|Long} size
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * reg_file_entry ext.
     * @member {boolean} ext
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.ext = false;

    /**
     * reg_file_entry mode.
     * @member {number} mode
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.mode = 0;

    /**
     * reg_file_entry build_id.
     * @member {Array.<number>} build_id
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.build_id = $util.emptyArray;

    /**
     * reg_file_entry checksum.
     * @member {number} checksum
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.checksum = 0;

    /**
     * reg_file_entry checksum_config.
     * @member {number} checksum_config
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.checksum_config = 0;

    /**
     * reg_file_entry checksum_parameter.
     * @member {number} checksum_parameter
     * @memberof reg_file_entry
     * @instance
     */
    reg_file_entry.prototype.checksum_parameter = 0;

    /**
     * Creates a new reg_file_entry instance using the specified properties.
     * @function create
     * @memberof reg_file_entry
     * @static
     * @param {reg_file_entry.$Properties=} [properties] Properties to set
     * @returns {reg_file_entry} reg_file_entry instance
     * @type {{
     *   (properties: reg_file_entry.$Shape): reg_file_entry & reg_file_entry.$Shape;
     *   (properties?: reg_file_entry.$Properties): reg_file_entry;
     * }}
     */
    reg_file_entry.create = function(properties) {
        return new reg_file_entry(properties);
    };

    /**
     * Encodes the specified reg_file_entry message. Does not implicitly {@link reg_file_entry.verify|verify} messages.
     * @function encode
     * @memberof reg_file_entry
     * @static
     * @param {reg_file_entry.$Properties} message reg_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    reg_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.pos);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 6, wireType 2 =*/50).string(message.name);
        if (message.mnt_id != null && $Object.hasOwnProperty.call(message, "mnt_id"))
            writer.uint32(/* id 7, wireType 0 =*/56).sint32(message.mnt_id);
        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.size);
        if (message.ext != null && $Object.hasOwnProperty.call(message, "ext"))
            writer.uint32(/* id 9, wireType 0 =*/72).bool(message.ext);
        if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
            writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.mode);
        if (message.build_id != null && message.build_id.length)
            for (var i = 0; i < message.build_id.length; ++i)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.build_id[i]);
        if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.checksum);
        if (message.checksum_config != null && $Object.hasOwnProperty.call(message, "checksum_config"))
            writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.checksum_config);
        if (message.checksum_parameter != null && $Object.hasOwnProperty.call(message, "checksum_parameter"))
            writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.checksum_parameter);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a reg_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof reg_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {reg_file_entry & reg_file_entry.$Shape} reg_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    reg_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.reg_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.pos = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 6: {
                    if (wireType !== 2)
                        break;
                    message.name = reader.string();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.mnt_id = reader.sint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.size = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.ext = reader.bool();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.mode = reader.uint32();
                    continue;
                }
            case 11: {
                    if (wireType === 2) {
                        if (!(message.build_id && message.build_id.length))
                            message.build_id = [];
                        reader.uint32s(message.build_id);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.build_id && message.build_id.length))
                        message.build_id = [];
                    message.build_id.push(reader.uint32());
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.checksum = reader.uint32();
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.checksum_config = reader.uint32();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.checksum_parameter = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pos"))
            throw $util.ProtocolError("missing required 'pos'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "name"))
            throw $util.ProtocolError("missing required 'name'", { instance: message });
        return message;
    };

    return reg_file_entry;
})();

$root.pipe_entry = (function() {

    /**
     * Properties of a pipe_entry.
     * @typedef {Object} pipe_entry.$Properties
     * @property {number} id pipe_entry id
     * @property {number} pipe_id pipe_entry pipe_id
     * @property {number} flags pipe_entry flags
     * @property {fown_entry.$Properties} fown pipe_entry fown
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pipe_entry.
     * @exports Ipipe_entry
     * @interface Ipipe_entry
     * @augments pipe_entry.$Properties
     * @deprecated Use pipe_entry.$Properties instead.
     */

    /**
     * Shape of a pipe_entry.
     * @typedef {pipe_entry.$Properties} pipe_entry.$Shape
     */

    /**
     * Constructs a new pipe_entry.
     * @exports pipe_entry
     * @classdesc Represents a pipe_entry.
     * @constructor
     * @param {pipe_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pipe_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pipe_entry id.
     * @member {number} id
     * @memberof pipe_entry
     * @instance
     */
    pipe_entry.prototype.id = 0;

    /**
     * pipe_entry pipe_id.
     * @member {number} pipe_id
     * @memberof pipe_entry
     * @instance
     */
    pipe_entry.prototype.pipe_id = 0;

    /**
     * pipe_entry flags.
     * @member {number} flags
     * @memberof pipe_entry
     * @instance
     */
    pipe_entry.prototype.flags = 0;

    /**
     * pipe_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof pipe_entry
     * @instance
     */
    pipe_entry.prototype.fown = null;

    /**
     * Creates a new pipe_entry instance using the specified properties.
     * @function create
     * @memberof pipe_entry
     * @static
     * @param {pipe_entry.$Properties=} [properties] Properties to set
     * @returns {pipe_entry} pipe_entry instance
     * @type {{
     *   (properties: pipe_entry.$Shape): pipe_entry & pipe_entry.$Shape;
     *   (properties?: pipe_entry.$Properties): pipe_entry;
     * }}
     */
    pipe_entry.create = function(properties) {
        return new pipe_entry(properties);
    };

    /**
     * Encodes the specified pipe_entry message. Does not implicitly {@link pipe_entry.verify|verify} messages.
     * @function encode
     * @memberof pipe_entry
     * @static
     * @param {pipe_entry.$Properties} message pipe_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pipe_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pipe_id);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pipe_entry message from the specified reader or buffer.
     * @function decode
     * @memberof pipe_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pipe_entry & pipe_entry.$Shape} pipe_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pipe_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pipe_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.pipe_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pipe_id"))
            throw $util.ProtocolError("missing required 'pipe_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        return message;
    };

    return pipe_entry;
})();

$root.fifo_entry = (function() {

    /**
     * Properties of a fifo_entry.
     * @typedef {Object} fifo_entry.$Properties
     * @property {number} id fifo_entry id
     * @property {number} pipe_id fifo_entry pipe_id
     * @property {number|null} [regf_id] fifo_entry regf_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fifo_entry.
     * @exports Ififo_entry
     * @interface Ififo_entry
     * @augments fifo_entry.$Properties
     * @deprecated Use fifo_entry.$Properties instead.
     */

    /**
     * Shape of a fifo_entry.
     * @typedef {fifo_entry.$Properties} fifo_entry.$Shape
     */

    /**
     * Constructs a new fifo_entry.
     * @exports fifo_entry
     * @classdesc Represents a fifo_entry.
     * @constructor
     * @param {fifo_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fifo_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fifo_entry id.
     * @member {number} id
     * @memberof fifo_entry
     * @instance
     */
    fifo_entry.prototype.id = 0;

    /**
     * fifo_entry pipe_id.
     * @member {number} pipe_id
     * @memberof fifo_entry
     * @instance
     */
    fifo_entry.prototype.pipe_id = 0;

    /**
     * fifo_entry regf_id.
     * @member {number} regf_id
     * @memberof fifo_entry
     * @instance
     */
    fifo_entry.prototype.regf_id = 0;

    /**
     * Creates a new fifo_entry instance using the specified properties.
     * @function create
     * @memberof fifo_entry
     * @static
     * @param {fifo_entry.$Properties=} [properties] Properties to set
     * @returns {fifo_entry} fifo_entry instance
     * @type {{
     *   (properties: fifo_entry.$Shape): fifo_entry & fifo_entry.$Shape;
     *   (properties?: fifo_entry.$Properties): fifo_entry;
     * }}
     */
    fifo_entry.create = function(properties) {
        return new fifo_entry(properties);
    };

    /**
     * Encodes the specified fifo_entry message. Does not implicitly {@link fifo_entry.verify|verify} messages.
     * @function encode
     * @memberof fifo_entry
     * @static
     * @param {fifo_entry.$Properties} message fifo_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fifo_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pipe_id);
        if (message.regf_id != null && $Object.hasOwnProperty.call(message, "regf_id"))
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.regf_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fifo_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fifo_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fifo_entry & fifo_entry.$Shape} fifo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fifo_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fifo_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.pipe_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.regf_id = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pipe_id"))
            throw $util.ProtocolError("missing required 'pipe_id'", { instance: message });
        return message;
    };

    return fifo_entry;
})();

$root.eventpoll_tfd_entry = (function() {

    /**
     * Properties of an eventpoll_tfd_entry.
     * @typedef {Object} eventpoll_tfd_entry.$Properties
     * @property {number} id eventpoll_tfd_entry id
     * @property {number} tfd eventpoll_tfd_entry tfd
     * @property {number} events eventpoll_tfd_entry events
     * @property {number|Long} data eventpoll_tfd_entry data
     * @property {number|null} [dev] eventpoll_tfd_entry dev
     * @property {number|Long|null} [inode] eventpoll_tfd_entry inode
     * @property {number|Long|null} [pos] eventpoll_tfd_entry pos
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an eventpoll_tfd_entry.
     * @exports Ieventpoll_tfd_entry
     * @interface Ieventpoll_tfd_entry
     * @augments eventpoll_tfd_entry.$Properties
     * @deprecated Use eventpoll_tfd_entry.$Properties instead.
     */

    /**
     * Shape of an eventpoll_tfd_entry.
     * @typedef {eventpoll_tfd_entry.$Properties} eventpoll_tfd_entry.$Shape
     */

    /**
     * Constructs a new eventpoll_tfd_entry.
     * @exports eventpoll_tfd_entry
     * @classdesc Represents an eventpoll_tfd_entry.
     * @constructor
     * @param {eventpoll_tfd_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var eventpoll_tfd_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * eventpoll_tfd_entry id.
     * @member {number} id
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.id = 0;

    /**
     * eventpoll_tfd_entry tfd.
     * @member {number} tfd
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.tfd = 0;

    /**
     * eventpoll_tfd_entry events.
     * @member {number} events
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.events = 0;

    /**
     * eventpoll_tfd_entry data.
     * @member {number|Long} data
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.data = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * eventpoll_tfd_entry dev.
     * @member {number} dev
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.dev = 0;

    /**
     * eventpoll_tfd_entry inode.
     * @member {number|Long} inode
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * eventpoll_tfd_entry pos.
     * @member {number|Long} pos
     * @memberof eventpoll_tfd_entry
     * @instance
     */
    eventpoll_tfd_entry.prototype.pos = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new eventpoll_tfd_entry instance using the specified properties.
     * @function create
     * @memberof eventpoll_tfd_entry
     * @static
     * @param {eventpoll_tfd_entry.$Properties=} [properties] Properties to set
     * @returns {eventpoll_tfd_entry} eventpoll_tfd_entry instance
     * @type {{
     *   (properties: eventpoll_tfd_entry.$Shape): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
     *   (properties?: eventpoll_tfd_entry.$Properties): eventpoll_tfd_entry;
     * }}
     */
    eventpoll_tfd_entry.create = function(properties) {
        return new eventpoll_tfd_entry(properties);
    };

    /**
     * Encodes the specified eventpoll_tfd_entry message. Does not implicitly {@link eventpoll_tfd_entry.verify|verify} messages.
     * @function encode
     * @memberof eventpoll_tfd_entry
     * @static
     * @param {eventpoll_tfd_entry.$Properties} message eventpoll_tfd_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    eventpoll_tfd_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tfd);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.events);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.data);
        if (message.dev != null && $Object.hasOwnProperty.call(message, "dev"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.dev);
        if (message.inode != null && $Object.hasOwnProperty.call(message, "inode"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.inode);
        if (message.pos != null && $Object.hasOwnProperty.call(message, "pos"))
            writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.pos);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an eventpoll_tfd_entry message from the specified reader or buffer.
     * @function decode
     * @memberof eventpoll_tfd_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape} eventpoll_tfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    eventpoll_tfd_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.eventpoll_tfd_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.tfd = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.events = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.data = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.dev = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.inode = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.pos = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "tfd"))
            throw $util.ProtocolError("missing required 'tfd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "events"))
            throw $util.ProtocolError("missing required 'events'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "data"))
            throw $util.ProtocolError("missing required 'data'", { instance: message });
        return message;
    };

    return eventpoll_tfd_entry;
})();

$root.eventpoll_file_entry = (function() {

    /**
     * Properties of an eventpoll_file_entry.
     * @typedef {Object} eventpoll_file_entry.$Properties
     * @property {number} id eventpoll_file_entry id
     * @property {number} flags eventpoll_file_entry flags
     * @property {fown_entry.$Properties} fown eventpoll_file_entry fown
     * @property {Array.<eventpoll_tfd_entry.$Properties>|null} [tfd] eventpoll_file_entry tfd
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an eventpoll_file_entry.
     * @exports Ieventpoll_file_entry
     * @interface Ieventpoll_file_entry
     * @augments eventpoll_file_entry.$Properties
     * @deprecated Use eventpoll_file_entry.$Properties instead.
     */

    /**
     * Shape of an eventpoll_file_entry.
     * @typedef {eventpoll_file_entry.$Properties} eventpoll_file_entry.$Shape
     */

    /**
     * Constructs a new eventpoll_file_entry.
     * @exports eventpoll_file_entry
     * @classdesc Represents an eventpoll_file_entry.
     * @constructor
     * @param {eventpoll_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var eventpoll_file_entry = function (properties) {
        this.tfd = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * eventpoll_file_entry id.
     * @member {number} id
     * @memberof eventpoll_file_entry
     * @instance
     */
    eventpoll_file_entry.prototype.id = 0;

    /**
     * eventpoll_file_entry flags.
     * @member {number} flags
     * @memberof eventpoll_file_entry
     * @instance
     */
    eventpoll_file_entry.prototype.flags = 0;

    /**
     * eventpoll_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof eventpoll_file_entry
     * @instance
     */
    eventpoll_file_entry.prototype.fown = null;

    /**
     * eventpoll_file_entry tfd.
     * @member {Array.<eventpoll_tfd_entry.$Properties>} tfd
     * @memberof eventpoll_file_entry
     * @instance
     */
    eventpoll_file_entry.prototype.tfd = $util.emptyArray;

    /**
     * Creates a new eventpoll_file_entry instance using the specified properties.
     * @function create
     * @memberof eventpoll_file_entry
     * @static
     * @param {eventpoll_file_entry.$Properties=} [properties] Properties to set
     * @returns {eventpoll_file_entry} eventpoll_file_entry instance
     * @type {{
     *   (properties: eventpoll_file_entry.$Shape): eventpoll_file_entry & eventpoll_file_entry.$Shape;
     *   (properties?: eventpoll_file_entry.$Properties): eventpoll_file_entry;
     * }}
     */
    eventpoll_file_entry.create = function(properties) {
        return new eventpoll_file_entry(properties);
    };

    /**
     * Encodes the specified eventpoll_file_entry message. Does not implicitly {@link eventpoll_file_entry.verify|verify} messages.
     * @function encode
     * @memberof eventpoll_file_entry
     * @static
     * @param {eventpoll_file_entry.$Properties} message eventpoll_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    eventpoll_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.tfd != null && message.tfd.length)
            for (var i = 0; i < message.tfd.length; ++i)
                $root.eventpoll_tfd_entry.encode(message.tfd[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an eventpoll_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof eventpoll_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {eventpoll_file_entry & eventpoll_file_entry.$Shape} eventpoll_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    eventpoll_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.eventpoll_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if (!(message.tfd && message.tfd.length))
                        message.tfd = [];
                    message.tfd.push($root.eventpoll_tfd_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        return message;
    };

    return eventpoll_file_entry;
})();

$root.file_entry = (function() {

    /**
     * Properties of a file_entry.
     * @typedef {Object} file_entry.$Properties
     * @property {fd_types} type file_entry type
     * @property {number} id file_entry id
     * @property {reg_file_entry.$Properties|null} [reg] file_entry reg
     * @property {inet_sk_entry.$Properties|null} [isk] file_entry isk
     * @property {netlink_sk_entry.$Properties|null} [nlsk] file_entry nlsk
     * @property {eventfd_file_entry.$Properties|null} [efd] file_entry efd
     * @property {eventpoll_file_entry.$Properties|null} [epfd] file_entry epfd
     * @property {signalfd_entry.$Properties|null} [sgfd] file_entry sgfd
     * @property {timerfd_entry.$Properties|null} [tfd] file_entry tfd
     * @property {inotify_file_entry.$Properties|null} [ify] file_entry ify
     * @property {fanotify_file_entry.$Properties|null} [ffy] file_entry ffy
     * @property {unix_sk_entry.$Properties|null} [usk] file_entry usk
     * @property {fifo_entry.$Properties|null} [fifo] file_entry fifo
     * @property {pipe_entry.$Properties|null} [pipe] file_entry pipe
     * @property {tty_file_entry.$Properties|null} [tty] file_entry tty
     * @property {pidfd_entry.$Properties|null} [pidfd] file_entry pidfd
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a file_entry.
     * @exports Ifile_entry
     * @interface Ifile_entry
     * @augments file_entry.$Properties
     * @deprecated Use file_entry.$Properties instead.
     */

    /**
     * Shape of a file_entry.
     * @typedef {file_entry.$Properties} file_entry.$Shape
     */

    /**
     * Constructs a new file_entry.
     * @exports file_entry
     * @classdesc Represents a file_entry.
     * @constructor
     * @param {file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var file_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * file_entry type.
     * @member {fd_types} type
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.type = 0;

    /**
     * file_entry id.
     * @member {number} id
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.id = 0;

    /**
     * file_entry reg.
     * @member {reg_file_entry.$Properties|null|undefined} reg
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.reg = null;

    /**
     * file_entry isk.
     * @member {inet_sk_entry.$Properties|null|undefined} isk
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.isk = null;

    /**
     * file_entry nlsk.
     * @member {netlink_sk_entry.$Properties|null|undefined} nlsk
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.nlsk = null;

    /**
     * file_entry efd.
     * @member {eventfd_file_entry.$Properties|null|undefined} efd
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.efd = null;

    /**
     * file_entry epfd.
     * @member {eventpoll_file_entry.$Properties|null|undefined} epfd
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.epfd = null;

    /**
     * file_entry sgfd.
     * @member {signalfd_entry.$Properties|null|undefined} sgfd
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.sgfd = null;

    /**
     * file_entry tfd.
     * @member {timerfd_entry.$Properties|null|undefined} tfd
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.tfd = null;

    /**
     * file_entry ify.
     * @member {inotify_file_entry.$Properties|null|undefined} ify
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.ify = null;

    /**
     * file_entry ffy.
     * @member {fanotify_file_entry.$Properties|null|undefined} ffy
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.ffy = null;

    /**
     * file_entry usk.
     * @member {unix_sk_entry.$Properties|null|undefined} usk
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.usk = null;

    /**
     * file_entry fifo.
     * @member {fifo_entry.$Properties|null|undefined} fifo
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.fifo = null;

    /**
     * file_entry pipe.
     * @member {pipe_entry.$Properties|null|undefined} pipe
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.pipe = null;

    /**
     * file_entry tty.
     * @member {tty_file_entry.$Properties|null|undefined} tty
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.tty = null;

    /**
     * file_entry pidfd.
     * @member {pidfd_entry.$Properties|null|undefined} pidfd
     * @memberof file_entry
     * @instance
     */
    file_entry.prototype.pidfd = null;

    /**
     * Creates a new file_entry instance using the specified properties.
     * @function create
     * @memberof file_entry
     * @static
     * @param {file_entry.$Properties=} [properties] Properties to set
     * @returns {file_entry} file_entry instance
     * @type {{
     *   (properties: file_entry.$Shape): file_entry & file_entry.$Shape;
     *   (properties?: file_entry.$Properties): file_entry;
     * }}
     */
    file_entry.create = function(properties) {
        return new file_entry(properties);
    };

    /**
     * Encodes the specified file_entry message. Does not implicitly {@link file_entry.verify|verify} messages.
     * @function encode
     * @memberof file_entry
     * @static
     * @param {file_entry.$Properties} message file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
        if (message.reg != null && $Object.hasOwnProperty.call(message, "reg"))
            $root.reg_file_entry.encode(message.reg, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.isk != null && $Object.hasOwnProperty.call(message, "isk"))
            $root.inet_sk_entry.encode(message.isk, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.nlsk != null && $Object.hasOwnProperty.call(message, "nlsk"))
            $root.netlink_sk_entry.encode(message.nlsk, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
        if (message.efd != null && $Object.hasOwnProperty.call(message, "efd"))
            $root.eventfd_file_entry.encode(message.efd, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
        if (message.epfd != null && $Object.hasOwnProperty.call(message, "epfd"))
            $root.eventpoll_file_entry.encode(message.epfd, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
        if (message.sgfd != null && $Object.hasOwnProperty.call(message, "sgfd"))
            $root.signalfd_entry.encode(message.sgfd, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.tfd != null && $Object.hasOwnProperty.call(message, "tfd"))
            $root.timerfd_entry.encode(message.tfd, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.ify != null && $Object.hasOwnProperty.call(message, "ify"))
            $root.inotify_file_entry.encode(message.ify, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.ffy != null && $Object.hasOwnProperty.call(message, "ffy"))
            $root.fanotify_file_entry.encode(message.ffy, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.usk != null && $Object.hasOwnProperty.call(message, "usk"))
            $root.unix_sk_entry.encode(message.usk, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
        if (message.fifo != null && $Object.hasOwnProperty.call(message, "fifo"))
            $root.fifo_entry.encode(message.fifo, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
        if (message.pipe != null && $Object.hasOwnProperty.call(message, "pipe"))
            $root.pipe_entry.encode(message.pipe, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
        if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
            $root.tty_file_entry.encode(message.tty, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
        if (message.pidfd != null && $Object.hasOwnProperty.call(message, "pidfd"))
            $root.pidfd_entry.encode(message.pidfd, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {file_entry & file_entry.$Shape} file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.fd_types[value] !== $undefined)
                        message.type = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.reg = $root.reg_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.reg);
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.isk = $root.inet_sk_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.isk);
                    continue;
                }
            case 7: {
                    if (wireType !== 2)
                        break;
                    message.nlsk = $root.netlink_sk_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.nlsk);
                    continue;
                }
            case 8: {
                    if (wireType !== 2)
                        break;
                    message.efd = $root.eventfd_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.efd);
                    continue;
                }
            case 9: {
                    if (wireType !== 2)
                        break;
                    message.epfd = $root.eventpoll_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.epfd);
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.sgfd = $root.signalfd_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.sgfd);
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.tfd = $root.timerfd_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.tfd);
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.ify = $root.inotify_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ify);
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.ffy = $root.fanotify_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ffy);
                    continue;
                }
            case 16: {
                    if (wireType !== 2)
                        break;
                    message.usk = $root.unix_sk_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.usk);
                    continue;
                }
            case 17: {
                    if (wireType !== 2)
                        break;
                    message.fifo = $root.fifo_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fifo);
                    continue;
                }
            case 18: {
                    if (wireType !== 2)
                        break;
                    message.pipe = $root.pipe_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.pipe);
                    continue;
                }
            case 19: {
                    if (wireType !== 2)
                        break;
                    message.tty = $root.tty_file_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.tty);
                    continue;
                }
            case 22: {
                    if (wireType !== 2)
                        break;
                    message.pidfd = $root.pidfd_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.pidfd);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        return message;
    };

    return file_entry;
})();

$root.fdinfo_entry = (function() {

    /**
     * Properties of a fdinfo_entry.
     * @typedef {Object} fdinfo_entry.$Properties
     * @property {number} id fdinfo_entry id
     * @property {number} flags fdinfo_entry flags
     * @property {fd_types} type fdinfo_entry type
     * @property {number} fd fdinfo_entry fd
     * @property {string|null} [xattr_security_selinux] fdinfo_entry xattr_security_selinux
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fdinfo_entry.
     * @exports Ifdinfo_entry
     * @interface Ifdinfo_entry
     * @augments fdinfo_entry.$Properties
     * @deprecated Use fdinfo_entry.$Properties instead.
     */

    /**
     * Shape of a fdinfo_entry.
     * @typedef {fdinfo_entry.$Properties} fdinfo_entry.$Shape
     */

    /**
     * Constructs a new fdinfo_entry.
     * @exports fdinfo_entry
     * @classdesc Represents a fdinfo_entry.
     * @constructor
     * @param {fdinfo_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fdinfo_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fdinfo_entry id.
     * @member {number} id
     * @memberof fdinfo_entry
     * @instance
     */
    fdinfo_entry.prototype.id = 0;

    /**
     * fdinfo_entry flags.
     * @member {number} flags
     * @memberof fdinfo_entry
     * @instance
     */
    fdinfo_entry.prototype.flags = 0;

    /**
     * fdinfo_entry type.
     * @member {fd_types} type
     * @memberof fdinfo_entry
     * @instance
     */
    fdinfo_entry.prototype.type = 0;

    /**
     * fdinfo_entry fd.
     * @member {number} fd
     * @memberof fdinfo_entry
     * @instance
     */
    fdinfo_entry.prototype.fd = 0;

    /**
     * fdinfo_entry xattr_security_selinux.
     * @member {string} xattr_security_selinux
     * @memberof fdinfo_entry
     * @instance
     */
    fdinfo_entry.prototype.xattr_security_selinux = "";

    /**
     * Creates a new fdinfo_entry instance using the specified properties.
     * @function create
     * @memberof fdinfo_entry
     * @static
     * @param {fdinfo_entry.$Properties=} [properties] Properties to set
     * @returns {fdinfo_entry} fdinfo_entry instance
     * @type {{
     *   (properties: fdinfo_entry.$Shape): fdinfo_entry & fdinfo_entry.$Shape;
     *   (properties?: fdinfo_entry.$Properties): fdinfo_entry;
     * }}
     */
    fdinfo_entry.create = function(properties) {
        return new fdinfo_entry(properties);
    };

    /**
     * Encodes the specified fdinfo_entry message. Does not implicitly {@link fdinfo_entry.verify|verify} messages.
     * @function encode
     * @memberof fdinfo_entry
     * @static
     * @param {fdinfo_entry.$Properties} message fdinfo_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fdinfo_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.fd);
        if (message.xattr_security_selinux != null && $Object.hasOwnProperty.call(message, "xattr_security_selinux"))
            writer.uint32(/* id 5, wireType 2 =*/42).string(message.xattr_security_selinux);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fdinfo_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fdinfo_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fdinfo_entry & fdinfo_entry.$Shape} fdinfo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fdinfo_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fdinfo_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.fd_types[value] !== $undefined)
                        message.type = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.fd = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 2)
                        break;
                    message.xattr_security_selinux = reader.string();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fd"))
            throw $util.ProtocolError("missing required 'fd'", { instance: message });
        return message;
    };

    return fdinfo_entry;
})();

$root.ip_opts_raw_entry = (function() {

    /**
     * Properties of an ip_opts_raw_entry.
     * @typedef {Object} ip_opts_raw_entry.$Properties
     * @property {boolean|null} [hdrincl] ip_opts_raw_entry hdrincl
     * @property {boolean|null} [nodefrag] ip_opts_raw_entry nodefrag
     * @property {boolean|null} [checksum] ip_opts_raw_entry checksum
     * @property {Array.<number>|null} [icmpv_filter] ip_opts_raw_entry icmpv_filter
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an ip_opts_raw_entry.
     * @exports Iip_opts_raw_entry
     * @interface Iip_opts_raw_entry
     * @augments ip_opts_raw_entry.$Properties
     * @deprecated Use ip_opts_raw_entry.$Properties instead.
     */

    /**
     * Shape of an ip_opts_raw_entry.
     * @typedef {ip_opts_raw_entry.$Properties} ip_opts_raw_entry.$Shape
     */

    /**
     * Constructs a new ip_opts_raw_entry.
     * @exports ip_opts_raw_entry
     * @classdesc Represents an ip_opts_raw_entry.
     * @constructor
     * @param {ip_opts_raw_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var ip_opts_raw_entry = function (properties) {
        this.icmpv_filter = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * ip_opts_raw_entry hdrincl.
     * @member {boolean} hdrincl
     * @memberof ip_opts_raw_entry
     * @instance
     */
    ip_opts_raw_entry.prototype.hdrincl = false;

    /**
     * ip_opts_raw_entry nodefrag.
     * @member {boolean} nodefrag
     * @memberof ip_opts_raw_entry
     * @instance
     */
    ip_opts_raw_entry.prototype.nodefrag = false;

    /**
     * ip_opts_raw_entry checksum.
     * @member {boolean} checksum
     * @memberof ip_opts_raw_entry
     * @instance
     */
    ip_opts_raw_entry.prototype.checksum = false;

    /**
     * ip_opts_raw_entry icmpv_filter.
     * @member {Array.<number>} icmpv_filter
     * @memberof ip_opts_raw_entry
     * @instance
     */
    ip_opts_raw_entry.prototype.icmpv_filter = $util.emptyArray;

    /**
     * Creates a new ip_opts_raw_entry instance using the specified properties.
     * @function create
     * @memberof ip_opts_raw_entry
     * @static
     * @param {ip_opts_raw_entry.$Properties=} [properties] Properties to set
     * @returns {ip_opts_raw_entry} ip_opts_raw_entry instance
     * @type {{
     *   (properties: ip_opts_raw_entry.$Shape): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
     *   (properties?: ip_opts_raw_entry.$Properties): ip_opts_raw_entry;
     * }}
     */
    ip_opts_raw_entry.create = function(properties) {
        return new ip_opts_raw_entry(properties);
    };

    /**
     * Encodes the specified ip_opts_raw_entry message. Does not implicitly {@link ip_opts_raw_entry.verify|verify} messages.
     * @function encode
     * @memberof ip_opts_raw_entry
     * @static
     * @param {ip_opts_raw_entry.$Properties} message ip_opts_raw_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ip_opts_raw_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.hdrincl != null && $Object.hasOwnProperty.call(message, "hdrincl"))
            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.hdrincl);
        if (message.nodefrag != null && $Object.hasOwnProperty.call(message, "nodefrag"))
            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.nodefrag);
        if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.checksum);
        if (message.icmpv_filter != null && message.icmpv_filter.length)
            for (var i = 0; i < message.icmpv_filter.length; ++i)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.icmpv_filter[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an ip_opts_raw_entry message from the specified reader or buffer.
     * @function decode
     * @memberof ip_opts_raw_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {ip_opts_raw_entry & ip_opts_raw_entry.$Shape} ip_opts_raw_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ip_opts_raw_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.ip_opts_raw_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.hdrincl = reader.bool();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.nodefrag = reader.bool();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.checksum = reader.bool();
                    continue;
                }
            case 4: {
                    if (wireType === 2) {
                        if (!(message.icmpv_filter && message.icmpv_filter.length))
                            message.icmpv_filter = [];
                        reader.uint32s(message.icmpv_filter);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.icmpv_filter && message.icmpv_filter.length))
                        message.icmpv_filter = [];
                    message.icmpv_filter.push(reader.uint32());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return ip_opts_raw_entry;
})();

$root.ip_opts_entry = (function() {

    /**
     * Properties of an ip_opts_entry.
     * @typedef {Object} ip_opts_entry.$Properties
     * @property {boolean|null} [freebind] ip_opts_entry freebind
     * @property {ip_opts_raw_entry.$Properties|null} [raw] ip_opts_entry raw
     * @property {boolean|null} [pktinfo] ip_opts_entry pktinfo
     * @property {number|null} [tos] ip_opts_entry tos
     * @property {number|null} [ttl] ip_opts_entry ttl
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an ip_opts_entry.
     * @exports Iip_opts_entry
     * @interface Iip_opts_entry
     * @augments ip_opts_entry.$Properties
     * @deprecated Use ip_opts_entry.$Properties instead.
     */

    /**
     * Shape of an ip_opts_entry.
     * @typedef {ip_opts_entry.$Properties} ip_opts_entry.$Shape
     */

    /**
     * Constructs a new ip_opts_entry.
     * @exports ip_opts_entry
     * @classdesc Represents an ip_opts_entry.
     * @constructor
     * @param {ip_opts_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var ip_opts_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * ip_opts_entry freebind.
     * @member {boolean} freebind
     * @memberof ip_opts_entry
     * @instance
     */
    ip_opts_entry.prototype.freebind = false;

    /**
     * ip_opts_entry raw.
     * @member {ip_opts_raw_entry.$Properties|null|undefined} raw
     * @memberof ip_opts_entry
     * @instance
     */
    ip_opts_entry.prototype.raw = null;

    /**
     * ip_opts_entry pktinfo.
     * @member {boolean} pktinfo
     * @memberof ip_opts_entry
     * @instance
     */
    ip_opts_entry.prototype.pktinfo = false;

    /**
     * ip_opts_entry tos.
     * @member {number} tos
     * @memberof ip_opts_entry
     * @instance
     */
    ip_opts_entry.prototype.tos = 0;

    /**
     * ip_opts_entry ttl.
     * @member {number} ttl
     * @memberof ip_opts_entry
     * @instance
     */
    ip_opts_entry.prototype.ttl = 0;

    /**
     * Creates a new ip_opts_entry instance using the specified properties.
     * @function create
     * @memberof ip_opts_entry
     * @static
     * @param {ip_opts_entry.$Properties=} [properties] Properties to set
     * @returns {ip_opts_entry} ip_opts_entry instance
     * @type {{
     *   (properties: ip_opts_entry.$Shape): ip_opts_entry & ip_opts_entry.$Shape;
     *   (properties?: ip_opts_entry.$Properties): ip_opts_entry;
     * }}
     */
    ip_opts_entry.create = function(properties) {
        return new ip_opts_entry(properties);
    };

    /**
     * Encodes the specified ip_opts_entry message. Does not implicitly {@link ip_opts_entry.verify|verify} messages.
     * @function encode
     * @memberof ip_opts_entry
     * @static
     * @param {ip_opts_entry.$Properties} message ip_opts_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    ip_opts_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.freebind != null && $Object.hasOwnProperty.call(message, "freebind"))
            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.freebind);
        if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
            $root.ip_opts_raw_entry.encode(message.raw, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.pktinfo != null && $Object.hasOwnProperty.call(message, "pktinfo"))
            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.pktinfo);
        if (message.tos != null && $Object.hasOwnProperty.call(message, "tos"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.tos);
        if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
            writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ttl);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an ip_opts_entry message from the specified reader or buffer.
     * @function decode
     * @memberof ip_opts_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {ip_opts_entry & ip_opts_entry.$Shape} ip_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    ip_opts_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.ip_opts_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.freebind = reader.bool();
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.raw = $root.ip_opts_raw_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.raw);
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.pktinfo = reader.bool();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.tos = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.ttl = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return ip_opts_entry;
})();

$root.inet_sk_entry = (function() {

    /**
     * Properties of an inet_sk_entry.
     * @typedef {Object} inet_sk_entry.$Properties
     * @property {number} id inet_sk_entry id
     * @property {number} ino inet_sk_entry ino
     * @property {number} family inet_sk_entry family
     * @property {number} type inet_sk_entry type
     * @property {number} proto inet_sk_entry proto
     * @property {number} state inet_sk_entry state
     * @property {number} src_port inet_sk_entry src_port
     * @property {number} dst_port inet_sk_entry dst_port
     * @property {number} flags inet_sk_entry flags
     * @property {number} backlog inet_sk_entry backlog
     * @property {Array.<number>|null} [src_addr] inet_sk_entry src_addr
     * @property {Array.<number>|null} [dst_addr] inet_sk_entry dst_addr
     * @property {fown_entry.$Properties} fown inet_sk_entry fown
     * @property {sk_opts_entry.$Properties} opts inet_sk_entry opts
     * @property {boolean|null} [v6only] inet_sk_entry v6only
     * @property {ip_opts_entry.$Properties|null} [ip_opts] inet_sk_entry ip_opts
     * @property {string|null} [ifname] inet_sk_entry ifname
     * @property {number|null} [ns_id] inet_sk_entry ns_id
     * @property {sk_shutdown|null} [shutdown] inet_sk_entry shutdown
     * @property {tcp_opts_entry.$Properties|null} [tcp_opts] inet_sk_entry tcp_opts
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an inet_sk_entry.
     * @exports Iinet_sk_entry
     * @interface Iinet_sk_entry
     * @augments inet_sk_entry.$Properties
     * @deprecated Use inet_sk_entry.$Properties instead.
     */

    /**
     * Shape of an inet_sk_entry.
     * @typedef {inet_sk_entry.$Properties} inet_sk_entry.$Shape
     */

    /**
     * Constructs a new inet_sk_entry.
     * @exports inet_sk_entry
     * @classdesc Represents an inet_sk_entry.
     * @constructor
     * @param {inet_sk_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var inet_sk_entry = function (properties) {
        this.src_addr = [];
        this.dst_addr = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * inet_sk_entry id.
     * @member {number} id
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.id = 0;

    /**
     * inet_sk_entry ino.
     * @member {number} ino
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.ino = 0;

    /**
     * inet_sk_entry family.
     * @member {number} family
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.family = 0;

    /**
     * inet_sk_entry type.
     * @member {number} type
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.type = 0;

    /**
     * inet_sk_entry proto.
     * @member {number} proto
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.proto = 0;

    /**
     * inet_sk_entry state.
     * @member {number} state
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.state = 0;

    /**
     * inet_sk_entry src_port.
     * @member {number} src_port
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.src_port = 0;

    /**
     * inet_sk_entry dst_port.
     * @member {number} dst_port
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.dst_port = 0;

    /**
     * inet_sk_entry flags.
     * @member {number} flags
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.flags = 0;

    /**
     * inet_sk_entry backlog.
     * @member {number} backlog
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.backlog = 0;

    /**
     * inet_sk_entry src_addr.
     * @member {Array.<number>} src_addr
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.src_addr = $util.emptyArray;

    /**
     * inet_sk_entry dst_addr.
     * @member {Array.<number>} dst_addr
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.dst_addr = $util.emptyArray;

    /**
     * inet_sk_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.fown = null;

    /**
     * inet_sk_entry opts.
     * @member {sk_opts_entry.$Properties} opts
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.opts = null;

    /**
     * inet_sk_entry v6only.
     * @member {boolean} v6only
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.v6only = false;

    /**
     * inet_sk_entry ip_opts.
     * @member {ip_opts_entry.$Properties|null|undefined} ip_opts
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.ip_opts = null;

    /**
     * inet_sk_entry ifname.
     * @member {string} ifname
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.ifname = "";

    /**
     * inet_sk_entry ns_id.
     * @member {number} ns_id
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.ns_id = 0;

    /**
     * inet_sk_entry shutdown.
     * @member {sk_shutdown} shutdown
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.shutdown = 0;

    /**
     * inet_sk_entry tcp_opts.
     * @member {tcp_opts_entry.$Properties|null|undefined} tcp_opts
     * @memberof inet_sk_entry
     * @instance
     */
    inet_sk_entry.prototype.tcp_opts = null;

    /**
     * Creates a new inet_sk_entry instance using the specified properties.
     * @function create
     * @memberof inet_sk_entry
     * @static
     * @param {inet_sk_entry.$Properties=} [properties] Properties to set
     * @returns {inet_sk_entry} inet_sk_entry instance
     * @type {{
     *   (properties: inet_sk_entry.$Shape): inet_sk_entry & inet_sk_entry.$Shape;
     *   (properties?: inet_sk_entry.$Properties): inet_sk_entry;
     * }}
     */
    inet_sk_entry.create = function(properties) {
        return new inet_sk_entry(properties);
    };

    /**
     * Encodes the specified inet_sk_entry message. Does not implicitly {@link inet_sk_entry.verify|verify} messages.
     * @function encode
     * @memberof inet_sk_entry
     * @static
     * @param {inet_sk_entry.$Properties} message inet_sk_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    inet_sk_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ino);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.family);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.type);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.proto);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.state);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.src_port);
        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.dst_port);
        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.flags);
        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.backlog);
        if (message.src_addr != null && message.src_addr.length)
            for (var i = 0; i < message.src_addr.length; ++i)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.src_addr[i]);
        if (message.dst_addr != null && message.dst_addr.length)
            for (var i = 0; i < message.dst_addr.length; ++i)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.dst_addr[i]);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        $root.sk_opts_entry.encode(message.opts, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.v6only != null && $Object.hasOwnProperty.call(message, "v6only"))
            writer.uint32(/* id 15, wireType 0 =*/120).bool(message.v6only);
        if (message.ip_opts != null && $Object.hasOwnProperty.call(message, "ip_opts"))
            $root.ip_opts_entry.encode(message.ip_opts, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
        if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
            writer.uint32(/* id 17, wireType 2 =*/138).string(message.ifname);
        if (message.ns_id != null && $Object.hasOwnProperty.call(message, "ns_id"))
            writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.ns_id);
        if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
            writer.uint32(/* id 19, wireType 0 =*/152).int32(message.shutdown);
        if (message.tcp_opts != null && $Object.hasOwnProperty.call(message, "tcp_opts"))
            $root.tcp_opts_entry.encode(message.tcp_opts, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an inet_sk_entry message from the specified reader or buffer.
     * @function decode
     * @memberof inet_sk_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {inet_sk_entry & inet_sk_entry.$Shape} inet_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    inet_sk_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.inet_sk_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ino = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.family = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.type = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.proto = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.state = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.src_port = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.dst_port = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.backlog = reader.uint32();
                    continue;
                }
            case 11: {
                    if (wireType === 2) {
                        if (!(message.src_addr && message.src_addr.length))
                            message.src_addr = [];
                        reader.uint32s(message.src_addr);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.src_addr && message.src_addr.length))
                        message.src_addr = [];
                    message.src_addr.push(reader.uint32());
                    continue;
                }
            case 12: {
                    if (wireType === 2) {
                        if (!(message.dst_addr && message.dst_addr.length))
                            message.dst_addr = [];
                        reader.uint32s(message.dst_addr);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.dst_addr && message.dst_addr.length))
                        message.dst_addr = [];
                    message.dst_addr.push(reader.uint32());
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.opts = $root.sk_opts_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.opts);
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.v6only = reader.bool();
                    continue;
                }
            case 16: {
                    if (wireType !== 2)
                        break;
                    message.ip_opts = $root.ip_opts_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ip_opts);
                    continue;
                }
            case 17: {
                    if (wireType !== 2)
                        break;
                    message.ifname = reader.string();
                    continue;
                }
            case 18: {
                    if (wireType !== 0)
                        break;
                    message.ns_id = reader.uint32();
                    continue;
                }
            case 19: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.sk_shutdown[value] !== $undefined)
                        message.shutdown = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 20: {
                    if (wireType !== 2)
                        break;
                    message.tcp_opts = $root.tcp_opts_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp_opts);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ino"))
            throw $util.ProtocolError("missing required 'ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "family"))
            throw $util.ProtocolError("missing required 'family'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "proto"))
            throw $util.ProtocolError("missing required 'proto'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "state"))
            throw $util.ProtocolError("missing required 'state'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "src_port"))
            throw $util.ProtocolError("missing required 'src_port'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "dst_port"))
            throw $util.ProtocolError("missing required 'dst_port'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "backlog"))
            throw $util.ProtocolError("missing required 'backlog'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "opts"))
            throw $util.ProtocolError("missing required 'opts'", { instance: message });
        return message;
    };

    return inet_sk_entry;
})();

$root.sk_opts_entry = (function() {

    /**
     * Properties of a sk_opts_entry.
     * @typedef {Object} sk_opts_entry.$Properties
     * @property {number} so_sndbuf sk_opts_entry so_sndbuf
     * @property {number} so_rcvbuf sk_opts_entry so_rcvbuf
     * @property {number|Long} so_snd_tmo_sec sk_opts_entry so_snd_tmo_sec
     * @property {number|Long} so_snd_tmo_usec sk_opts_entry so_snd_tmo_usec
     * @property {number|Long} so_rcv_tmo_sec sk_opts_entry so_rcv_tmo_sec
     * @property {number|Long} so_rcv_tmo_usec sk_opts_entry so_rcv_tmo_usec
     * @property {boolean|null} [reuseaddr] sk_opts_entry reuseaddr
     * @property {number|null} [so_priority] sk_opts_entry so_priority
     * @property {number|null} [so_rcvlowat] sk_opts_entry so_rcvlowat
     * @property {number|null} [so_mark] sk_opts_entry so_mark
     * @property {boolean|null} [so_passcred] sk_opts_entry so_passcred
     * @property {boolean|null} [so_passsec] sk_opts_entry so_passsec
     * @property {boolean|null} [so_dontroute] sk_opts_entry so_dontroute
     * @property {boolean|null} [so_no_check] sk_opts_entry so_no_check
     * @property {string|null} [so_bound_dev] sk_opts_entry so_bound_dev
     * @property {Array.<number|Long>|null} [so_filter] sk_opts_entry so_filter
     * @property {boolean|null} [so_reuseport] sk_opts_entry so_reuseport
     * @property {boolean|null} [so_broadcast] sk_opts_entry so_broadcast
     * @property {boolean|null} [so_keepalive] sk_opts_entry so_keepalive
     * @property {number|null} [tcp_keepcnt] sk_opts_entry tcp_keepcnt
     * @property {number|null} [tcp_keepidle] sk_opts_entry tcp_keepidle
     * @property {number|null} [tcp_keepintvl] sk_opts_entry tcp_keepintvl
     * @property {number|null} [so_oobinline] sk_opts_entry so_oobinline
     * @property {number|null} [so_linger] sk_opts_entry so_linger
     * @property {number|null} [so_buf_lock] sk_opts_entry so_buf_lock
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a sk_opts_entry.
     * @exports Isk_opts_entry
     * @interface Isk_opts_entry
     * @augments sk_opts_entry.$Properties
     * @deprecated Use sk_opts_entry.$Properties instead.
     */

    /**
     * Shape of a sk_opts_entry.
     * @typedef {sk_opts_entry.$Properties} sk_opts_entry.$Shape
     */

    /**
     * Constructs a new sk_opts_entry.
     * @exports sk_opts_entry
     * @classdesc Represents a sk_opts_entry.
     * @constructor
     * @param {sk_opts_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var sk_opts_entry = function (properties) {
        this.so_filter = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * sk_opts_entry so_sndbuf.
     * @member {number} so_sndbuf
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_sndbuf = 0;

    /**
     * sk_opts_entry so_rcvbuf.
     * @member {number} so_rcvbuf
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_rcvbuf = 0;

    /**
     * sk_opts_entry so_snd_tmo_sec.
     * @member {number|Long} so_snd_tmo_sec
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_snd_tmo_sec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sk_opts_entry so_snd_tmo_usec.
     * @member {number|Long} so_snd_tmo_usec
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_snd_tmo_usec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sk_opts_entry so_rcv_tmo_sec.
     * @member {number|Long} so_rcv_tmo_sec
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_rcv_tmo_sec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sk_opts_entry so_rcv_tmo_usec.
     * @member {number|Long} so_rcv_tmo_usec
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_rcv_tmo_usec = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * sk_opts_entry reuseaddr.
     * @member {boolean} reuseaddr
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.reuseaddr = false;

    /**
     * sk_opts_entry so_priority.
     * @member {number} so_priority
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_priority = 0;

    /**
     * sk_opts_entry so_rcvlowat.
     * @member {number} so_rcvlowat
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_rcvlowat = 0;

    /**
     * sk_opts_entry so_mark.
     * @member {number} so_mark
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_mark = 0;

    /**
     * sk_opts_entry so_passcred.
     * @member {boolean} so_passcred
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_passcred = false;

    /**
     * sk_opts_entry so_passsec.
     * @member {boolean} so_passsec
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_passsec = false;

    /**
     * sk_opts_entry so_dontroute.
     * @member {boolean} so_dontroute
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_dontroute = false;

    /**
     * sk_opts_entry so_no_check.
     * @member {boolean} so_no_check
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_no_check = false;

    /**
     * sk_opts_entry so_bound_dev.
     * @member {string} so_bound_dev
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_bound_dev = "";

    /**
     * sk_opts_entry so_filter.
     * @member {Array.<number|Long>} so_filter
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_filter = $util.emptyArray;

    /**
     * sk_opts_entry so_reuseport.
     * @member {boolean} so_reuseport
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_reuseport = false;

    /**
     * sk_opts_entry so_broadcast.
     * @member {boolean} so_broadcast
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_broadcast = false;

    /**
     * sk_opts_entry so_keepalive.
     * @member {boolean} so_keepalive
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_keepalive = false;

    /**
     * sk_opts_entry tcp_keepcnt.
     * @member {number} tcp_keepcnt
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.tcp_keepcnt = 0;

    /**
     * sk_opts_entry tcp_keepidle.
     * @member {number} tcp_keepidle
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.tcp_keepidle = 0;

    /**
     * sk_opts_entry tcp_keepintvl.
     * @member {number} tcp_keepintvl
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.tcp_keepintvl = 0;

    /**
     * sk_opts_entry so_oobinline.
     * @member {number} so_oobinline
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_oobinline = 0;

    /**
     * sk_opts_entry so_linger.
     * @member {number} so_linger
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_linger = 0;

    /**
     * sk_opts_entry so_buf_lock.
     * @member {number} so_buf_lock
     * @memberof sk_opts_entry
     * @instance
     */
    sk_opts_entry.prototype.so_buf_lock = 0;

    /**
     * Creates a new sk_opts_entry instance using the specified properties.
     * @function create
     * @memberof sk_opts_entry
     * @static
     * @param {sk_opts_entry.$Properties=} [properties] Properties to set
     * @returns {sk_opts_entry} sk_opts_entry instance
     * @type {{
     *   (properties: sk_opts_entry.$Shape): sk_opts_entry & sk_opts_entry.$Shape;
     *   (properties?: sk_opts_entry.$Properties): sk_opts_entry;
     * }}
     */
    sk_opts_entry.create = function(properties) {
        return new sk_opts_entry(properties);
    };

    /**
     * Encodes the specified sk_opts_entry message. Does not implicitly {@link sk_opts_entry.verify|verify} messages.
     * @function encode
     * @memberof sk_opts_entry
     * @static
     * @param {sk_opts_entry.$Properties} message sk_opts_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    sk_opts_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.so_sndbuf);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.so_rcvbuf);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.so_snd_tmo_sec);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.so_snd_tmo_usec);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.so_rcv_tmo_sec);
        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.so_rcv_tmo_usec);
        if (message.reuseaddr != null && $Object.hasOwnProperty.call(message, "reuseaddr"))
            writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reuseaddr);
        if (message.so_priority != null && $Object.hasOwnProperty.call(message, "so_priority"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.so_priority);
        if (message.so_rcvlowat != null && $Object.hasOwnProperty.call(message, "so_rcvlowat"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.so_rcvlowat);
        if (message.so_mark != null && $Object.hasOwnProperty.call(message, "so_mark"))
            writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.so_mark);
        if (message.so_passcred != null && $Object.hasOwnProperty.call(message, "so_passcred"))
            writer.uint32(/* id 11, wireType 0 =*/88).bool(message.so_passcred);
        if (message.so_passsec != null && $Object.hasOwnProperty.call(message, "so_passsec"))
            writer.uint32(/* id 12, wireType 0 =*/96).bool(message.so_passsec);
        if (message.so_dontroute != null && $Object.hasOwnProperty.call(message, "so_dontroute"))
            writer.uint32(/* id 13, wireType 0 =*/104).bool(message.so_dontroute);
        if (message.so_no_check != null && $Object.hasOwnProperty.call(message, "so_no_check"))
            writer.uint32(/* id 14, wireType 0 =*/112).bool(message.so_no_check);
        if (message.so_bound_dev != null && $Object.hasOwnProperty.call(message, "so_bound_dev"))
            writer.uint32(/* id 15, wireType 2 =*/122).string(message.so_bound_dev);
        if (message.so_filter != null && message.so_filter.length)
            for (var i = 0; i < message.so_filter.length; ++i)
                writer.uint32(/* id 16, wireType 1 =*/129).fixed64(message.so_filter[i]);
        if (message.so_reuseport != null && $Object.hasOwnProperty.call(message, "so_reuseport"))
            writer.uint32(/* id 17, wireType 0 =*/136).bool(message.so_reuseport);
        if (message.so_broadcast != null && $Object.hasOwnProperty.call(message, "so_broadcast"))
            writer.uint32(/* id 18, wireType 0 =*/144).bool(message.so_broadcast);
        if (message.so_keepalive != null && $Object.hasOwnProperty.call(message, "so_keepalive"))
            writer.uint32(/* id 19, wireType 0 =*/152).bool(message.so_keepalive);
        if (message.tcp_keepcnt != null && $Object.hasOwnProperty.call(message, "tcp_keepcnt"))
            writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.tcp_keepcnt);
        if (message.tcp_keepidle != null && $Object.hasOwnProperty.call(message, "tcp_keepidle"))
            writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.tcp_keepidle);
        if (message.tcp_keepintvl != null && $Object.hasOwnProperty.call(message, "tcp_keepintvl"))
            writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.tcp_keepintvl);
        if (message.so_oobinline != null && $Object.hasOwnProperty.call(message, "so_oobinline"))
            writer.uint32(/* id 23, wireType 0 =*/184).uint32(message.so_oobinline);
        if (message.so_linger != null && $Object.hasOwnProperty.call(message, "so_linger"))
            writer.uint32(/* id 24, wireType 0 =*/192).uint32(message.so_linger);
        if (message.so_buf_lock != null && $Object.hasOwnProperty.call(message, "so_buf_lock"))
            writer.uint32(/* id 25, wireType 0 =*/200).uint32(message.so_buf_lock);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a sk_opts_entry message from the specified reader or buffer.
     * @function decode
     * @memberof sk_opts_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {sk_opts_entry & sk_opts_entry.$Shape} sk_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    sk_opts_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.sk_opts_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.so_sndbuf = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.so_rcvbuf = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.so_snd_tmo_sec = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.so_snd_tmo_usec = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.so_rcv_tmo_sec = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.so_rcv_tmo_usec = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.reuseaddr = reader.bool();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.so_priority = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.so_rcvlowat = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.so_mark = reader.uint32();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.so_passcred = reader.bool();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.so_passsec = reader.bool();
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.so_dontroute = reader.bool();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.so_no_check = reader.bool();
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    message.so_bound_dev = reader.string();
                    continue;
                }
            case 16: {
                    if (wireType === 2) {
                        if (!(message.so_filter && message.so_filter.length))
                            message.so_filter = [];
                        reader.fixed64s(message.so_filter);
                        continue;
                    }
                    if (wireType !== 1)
                        break;
                    if (!(message.so_filter && message.so_filter.length))
                        message.so_filter = [];
                    message.so_filter.push(reader.fixed64());
                    continue;
                }
            case 17: {
                    if (wireType !== 0)
                        break;
                    message.so_reuseport = reader.bool();
                    continue;
                }
            case 18: {
                    if (wireType !== 0)
                        break;
                    message.so_broadcast = reader.bool();
                    continue;
                }
            case 19: {
                    if (wireType !== 0)
                        break;
                    message.so_keepalive = reader.bool();
                    continue;
                }
            case 20: {
                    if (wireType !== 0)
                        break;
                    message.tcp_keepcnt = reader.uint32();
                    continue;
                }
            case 21: {
                    if (wireType !== 0)
                        break;
                    message.tcp_keepidle = reader.uint32();
                    continue;
                }
            case 22: {
                    if (wireType !== 0)
                        break;
                    message.tcp_keepintvl = reader.uint32();
                    continue;
                }
            case 23: {
                    if (wireType !== 0)
                        break;
                    message.so_oobinline = reader.uint32();
                    continue;
                }
            case 24: {
                    if (wireType !== 0)
                        break;
                    message.so_linger = reader.uint32();
                    continue;
                }
            case 25: {
                    if (wireType !== 0)
                        break;
                    message.so_buf_lock = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "so_sndbuf"))
            throw $util.ProtocolError("missing required 'so_sndbuf'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "so_rcvbuf"))
            throw $util.ProtocolError("missing required 'so_rcvbuf'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "so_snd_tmo_sec"))
            throw $util.ProtocolError("missing required 'so_snd_tmo_sec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "so_snd_tmo_usec"))
            throw $util.ProtocolError("missing required 'so_snd_tmo_usec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "so_rcv_tmo_sec"))
            throw $util.ProtocolError("missing required 'so_rcv_tmo_sec'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "so_rcv_tmo_usec"))
            throw $util.ProtocolError("missing required 'so_rcv_tmo_usec'", { instance: message });
        return message;
    };

    return sk_opts_entry;
})();

/**
 * sk_shutdown enum.
 * @name sk_shutdown
 * @enum {number}
 * @property {number} NONE=0 NONE value
 * @property {number} READ=1 READ value
 * @property {number} WRITE=2 WRITE value
 * @property {number} BOTH=3 BOTH value
 */
$root.sk_shutdown = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "NONE"] = 0;
    values[valuesById[1] = "READ"] = 1;
    values[valuesById[2] = "WRITE"] = 2;
    values[valuesById[3] = "BOTH"] = 3;
    return values;
})();

$root.tcp_opts_entry = (function() {

    /**
     * Properties of a tcp_opts_entry.
     * @typedef {Object} tcp_opts_entry.$Properties
     * @property {boolean|null} [cork] tcp_opts_entry cork
     * @property {boolean|null} [nodelay] tcp_opts_entry nodelay
     * @property {number|null} [keepcnt] tcp_opts_entry keepcnt
     * @property {number|null} [keepidle] tcp_opts_entry keepidle
     * @property {number|null} [keepintvl] tcp_opts_entry keepintvl
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a tcp_opts_entry.
     * @exports Itcp_opts_entry
     * @interface Itcp_opts_entry
     * @augments tcp_opts_entry.$Properties
     * @deprecated Use tcp_opts_entry.$Properties instead.
     */

    /**
     * Shape of a tcp_opts_entry.
     * @typedef {tcp_opts_entry.$Properties} tcp_opts_entry.$Shape
     */

    /**
     * Constructs a new tcp_opts_entry.
     * @exports tcp_opts_entry
     * @classdesc Represents a tcp_opts_entry.
     * @constructor
     * @param {tcp_opts_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var tcp_opts_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * tcp_opts_entry cork.
     * @member {boolean} cork
     * @memberof tcp_opts_entry
     * @instance
     */
    tcp_opts_entry.prototype.cork = false;

    /**
     * tcp_opts_entry nodelay.
     * @member {boolean} nodelay
     * @memberof tcp_opts_entry
     * @instance
     */
    tcp_opts_entry.prototype.nodelay = false;

    /**
     * tcp_opts_entry keepcnt.
     * @member {number} keepcnt
     * @memberof tcp_opts_entry
     * @instance
     */
    tcp_opts_entry.prototype.keepcnt = 0;

    /**
     * tcp_opts_entry keepidle.
     * @member {number} keepidle
     * @memberof tcp_opts_entry
     * @instance
     */
    tcp_opts_entry.prototype.keepidle = 0;

    /**
     * tcp_opts_entry keepintvl.
     * @member {number} keepintvl
     * @memberof tcp_opts_entry
     * @instance
     */
    tcp_opts_entry.prototype.keepintvl = 0;

    /**
     * Creates a new tcp_opts_entry instance using the specified properties.
     * @function create
     * @memberof tcp_opts_entry
     * @static
     * @param {tcp_opts_entry.$Properties=} [properties] Properties to set
     * @returns {tcp_opts_entry} tcp_opts_entry instance
     * @type {{
     *   (properties: tcp_opts_entry.$Shape): tcp_opts_entry & tcp_opts_entry.$Shape;
     *   (properties?: tcp_opts_entry.$Properties): tcp_opts_entry;
     * }}
     */
    tcp_opts_entry.create = function(properties) {
        return new tcp_opts_entry(properties);
    };

    /**
     * Encodes the specified tcp_opts_entry message. Does not implicitly {@link tcp_opts_entry.verify|verify} messages.
     * @function encode
     * @memberof tcp_opts_entry
     * @static
     * @param {tcp_opts_entry.$Properties} message tcp_opts_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    tcp_opts_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.cork != null && $Object.hasOwnProperty.call(message, "cork"))
            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.cork);
        if (message.nodelay != null && $Object.hasOwnProperty.call(message, "nodelay"))
            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.nodelay);
        if (message.keepcnt != null && $Object.hasOwnProperty.call(message, "keepcnt"))
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.keepcnt);
        if (message.keepidle != null && $Object.hasOwnProperty.call(message, "keepidle"))
            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.keepidle);
        if (message.keepintvl != null && $Object.hasOwnProperty.call(message, "keepintvl"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.keepintvl);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a tcp_opts_entry message from the specified reader or buffer.
     * @function decode
     * @memberof tcp_opts_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {tcp_opts_entry & tcp_opts_entry.$Shape} tcp_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    tcp_opts_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.tcp_opts_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.cork = reader.bool();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.nodelay = reader.bool();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.keepcnt = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.keepidle = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.keepintvl = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return tcp_opts_entry;
})();

$root.tcp_stream_entry = (function() {

    /**
     * Properties of a tcp_stream_entry.
     * @typedef {Object} tcp_stream_entry.$Properties
     * @property {number} inq_len tcp_stream_entry inq_len
     * @property {number} inq_seq tcp_stream_entry inq_seq
     * @property {number} outq_len tcp_stream_entry outq_len
     * @property {number} outq_seq tcp_stream_entry outq_seq
     * @property {number} opt_mask tcp_stream_entry opt_mask
     * @property {number} snd_wscale tcp_stream_entry snd_wscale
     * @property {number} mss_clamp tcp_stream_entry mss_clamp
     * @property {number|null} [rcv_wscale] tcp_stream_entry rcv_wscale
     * @property {number|null} [timestamp] tcp_stream_entry timestamp
     * @property {boolean|null} [cork] tcp_stream_entry cork
     * @property {boolean|null} [nodelay] tcp_stream_entry nodelay
     * @property {number|null} [unsq_len] tcp_stream_entry unsq_len
     * @property {number|null} [snd_wl1] tcp_stream_entry snd_wl1
     * @property {number|null} [snd_wnd] tcp_stream_entry snd_wnd
     * @property {number|null} [max_window] tcp_stream_entry max_window
     * @property {number|null} [rcv_wnd] tcp_stream_entry rcv_wnd
     * @property {number|null} [rcv_wup] tcp_stream_entry rcv_wup
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a tcp_stream_entry.
     * @exports Itcp_stream_entry
     * @interface Itcp_stream_entry
     * @augments tcp_stream_entry.$Properties
     * @deprecated Use tcp_stream_entry.$Properties instead.
     */

    /**
     * Shape of a tcp_stream_entry.
     * @typedef {tcp_stream_entry.$Properties} tcp_stream_entry.$Shape
     */

    /**
     * Constructs a new tcp_stream_entry.
     * @exports tcp_stream_entry
     * @classdesc Represents a tcp_stream_entry.
     * @constructor
     * @param {tcp_stream_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var tcp_stream_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * tcp_stream_entry inq_len.
     * @member {number} inq_len
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.inq_len = 0;

    /**
     * tcp_stream_entry inq_seq.
     * @member {number} inq_seq
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.inq_seq = 0;

    /**
     * tcp_stream_entry outq_len.
     * @member {number} outq_len
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.outq_len = 0;

    /**
     * tcp_stream_entry outq_seq.
     * @member {number} outq_seq
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.outq_seq = 0;

    /**
     * tcp_stream_entry opt_mask.
     * @member {number} opt_mask
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.opt_mask = 0;

    /**
     * tcp_stream_entry snd_wscale.
     * @member {number} snd_wscale
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.snd_wscale = 0;

    /**
     * tcp_stream_entry mss_clamp.
     * @member {number} mss_clamp
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.mss_clamp = 0;

    /**
     * tcp_stream_entry rcv_wscale.
     * @member {number} rcv_wscale
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.rcv_wscale = 0;

    /**
     * tcp_stream_entry timestamp.
     * @member {number} timestamp
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.timestamp = 0;

    /**
     * tcp_stream_entry cork.
     * @member {boolean} cork
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.cork = false;

    /**
     * tcp_stream_entry nodelay.
     * @member {boolean} nodelay
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.nodelay = false;

    /**
     * tcp_stream_entry unsq_len.
     * @member {number} unsq_len
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.unsq_len = 0;

    /**
     * tcp_stream_entry snd_wl1.
     * @member {number} snd_wl1
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.snd_wl1 = 0;

    /**
     * tcp_stream_entry snd_wnd.
     * @member {number} snd_wnd
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.snd_wnd = 0;

    /**
     * tcp_stream_entry max_window.
     * @member {number} max_window
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.max_window = 0;

    /**
     * tcp_stream_entry rcv_wnd.
     * @member {number} rcv_wnd
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.rcv_wnd = 0;

    /**
     * tcp_stream_entry rcv_wup.
     * @member {number} rcv_wup
     * @memberof tcp_stream_entry
     * @instance
     */
    tcp_stream_entry.prototype.rcv_wup = 0;

    /**
     * Creates a new tcp_stream_entry instance using the specified properties.
     * @function create
     * @memberof tcp_stream_entry
     * @static
     * @param {tcp_stream_entry.$Properties=} [properties] Properties to set
     * @returns {tcp_stream_entry} tcp_stream_entry instance
     * @type {{
     *   (properties: tcp_stream_entry.$Shape): tcp_stream_entry & tcp_stream_entry.$Shape;
     *   (properties?: tcp_stream_entry.$Properties): tcp_stream_entry;
     * }}
     */
    tcp_stream_entry.create = function(properties) {
        return new tcp_stream_entry(properties);
    };

    /**
     * Encodes the specified tcp_stream_entry message. Does not implicitly {@link tcp_stream_entry.verify|verify} messages.
     * @function encode
     * @memberof tcp_stream_entry
     * @static
     * @param {tcp_stream_entry.$Properties} message tcp_stream_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    tcp_stream_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.inq_len);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.inq_seq);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.outq_len);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.outq_seq);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.opt_mask);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.snd_wscale);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.mss_clamp);
        if (message.rcv_wscale != null && $Object.hasOwnProperty.call(message, "rcv_wscale"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.rcv_wscale);
        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.timestamp);
        if (message.cork != null && $Object.hasOwnProperty.call(message, "cork"))
            writer.uint32(/* id 10, wireType 0 =*/80).bool(message.cork);
        if (message.nodelay != null && $Object.hasOwnProperty.call(message, "nodelay"))
            writer.uint32(/* id 11, wireType 0 =*/88).bool(message.nodelay);
        if (message.unsq_len != null && $Object.hasOwnProperty.call(message, "unsq_len"))
            writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.unsq_len);
        if (message.snd_wl1 != null && $Object.hasOwnProperty.call(message, "snd_wl1"))
            writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.snd_wl1);
        if (message.snd_wnd != null && $Object.hasOwnProperty.call(message, "snd_wnd"))
            writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.snd_wnd);
        if (message.max_window != null && $Object.hasOwnProperty.call(message, "max_window"))
            writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.max_window);
        if (message.rcv_wnd != null && $Object.hasOwnProperty.call(message, "rcv_wnd"))
            writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.rcv_wnd);
        if (message.rcv_wup != null && $Object.hasOwnProperty.call(message, "rcv_wup"))
            writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.rcv_wup);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a tcp_stream_entry message from the specified reader or buffer.
     * @function decode
     * @memberof tcp_stream_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {tcp_stream_entry & tcp_stream_entry.$Shape} tcp_stream_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    tcp_stream_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.tcp_stream_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.inq_len = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.inq_seq = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.outq_len = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.outq_seq = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.opt_mask = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.snd_wscale = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.mss_clamp = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.rcv_wscale = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.timestamp = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.cork = reader.bool();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.nodelay = reader.bool();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.unsq_len = reader.uint32();
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.snd_wl1 = reader.uint32();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.snd_wnd = reader.uint32();
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.max_window = reader.uint32();
                    continue;
                }
            case 16: {
                    if (wireType !== 0)
                        break;
                    message.rcv_wnd = reader.uint32();
                    continue;
                }
            case 17: {
                    if (wireType !== 0)
                        break;
                    message.rcv_wup = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "inq_len"))
            throw $util.ProtocolError("missing required 'inq_len'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "inq_seq"))
            throw $util.ProtocolError("missing required 'inq_seq'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "outq_len"))
            throw $util.ProtocolError("missing required 'outq_len'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "outq_seq"))
            throw $util.ProtocolError("missing required 'outq_seq'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "opt_mask"))
            throw $util.ProtocolError("missing required 'opt_mask'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "snd_wscale"))
            throw $util.ProtocolError("missing required 'snd_wscale'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mss_clamp"))
            throw $util.ProtocolError("missing required 'mss_clamp'", { instance: message });
        return message;
    };

    return tcp_stream_entry;
})();

$root.fh_entry = (function() {

    /**
     * Properties of a fh_entry.
     * @typedef {Object} fh_entry.$Properties
     * @property {number} bytes fh_entry bytes
     * @property {number} type fh_entry type
     * @property {Array.<number|Long>|null} [handle] fh_entry handle
     * @property {string|null} [path] fh_entry path
     * @property {number|null} [mnt_id] fh_entry mnt_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fh_entry.
     * @exports Ifh_entry
     * @interface Ifh_entry
     * @augments fh_entry.$Properties
     * @deprecated Use fh_entry.$Properties instead.
     */

    /**
     * Shape of a fh_entry.
     * @typedef {fh_entry.$Properties} fh_entry.$Shape
     */

    /**
     * Constructs a new fh_entry.
     * @exports fh_entry
     * @classdesc Represents a fh_entry.
     * @constructor
     * @param {fh_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fh_entry = function (properties) {
        this.handle = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fh_entry bytes.
     * @member {number} bytes
     * @memberof fh_entry
     * @instance
     */
    fh_entry.prototype.bytes = 0;

    /**
     * fh_entry type.
     * @member {number} type
     * @memberof fh_entry
     * @instance
     */
    fh_entry.prototype.type = 0;

    /**
     * fh_entry handle.
     * @member {Array.<number|Long>} handle
     * @memberof fh_entry
     * @instance
     */
    fh_entry.prototype.handle = $util.emptyArray;

    /**
     * fh_entry path.
     * @member {string} path
     * @memberof fh_entry
     * @instance
     */
    fh_entry.prototype.path = "";

    /**
     * fh_entry mnt_id.
     * @member {number} mnt_id
     * @memberof fh_entry
     * @instance
     */
    fh_entry.prototype.mnt_id = 0;

    /**
     * Creates a new fh_entry instance using the specified properties.
     * @function create
     * @memberof fh_entry
     * @static
     * @param {fh_entry.$Properties=} [properties] Properties to set
     * @returns {fh_entry} fh_entry instance
     * @type {{
     *   (properties: fh_entry.$Shape): fh_entry & fh_entry.$Shape;
     *   (properties?: fh_entry.$Properties): fh_entry;
     * }}
     */
    fh_entry.create = function(properties) {
        return new fh_entry(properties);
    };

    /**
     * Encodes the specified fh_entry message. Does not implicitly {@link fh_entry.verify|verify} messages.
     * @function encode
     * @memberof fh_entry
     * @static
     * @param {fh_entry.$Properties} message fh_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fh_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.bytes);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.type);
        if (message.handle != null && message.handle.length)
            for (var i = 0; i < message.handle.length; ++i)
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.handle[i]);
        if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
            writer.uint32(/* id 4, wireType 2 =*/34).string(message.path);
        if (message.mnt_id != null && $Object.hasOwnProperty.call(message, "mnt_id"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mnt_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fh_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fh_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fh_entry & fh_entry.$Shape} fh_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fh_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fh_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.bytes = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.type = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType === 2) {
                        if (!(message.handle && message.handle.length))
                            message.handle = [];
                        reader.uint64s(message.handle);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.handle && message.handle.length))
                        message.handle = [];
                    message.handle.push(reader.uint64());
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.path = reader.string();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.mnt_id = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "bytes"))
            throw $util.ProtocolError("missing required 'bytes'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        return message;
    };

    return fh_entry;
})();

$root.inotify_wd_entry = (function() {

    /**
     * Properties of an inotify_wd_entry.
     * @typedef {Object} inotify_wd_entry.$Properties
     * @property {number} id inotify_wd_entry id
     * @property {number|Long} i_ino inotify_wd_entry i_ino
     * @property {number} mask inotify_wd_entry mask
     * @property {number} ignored_mask inotify_wd_entry ignored_mask
     * @property {number} s_dev inotify_wd_entry s_dev
     * @property {number} wd inotify_wd_entry wd
     * @property {fh_entry.$Properties} f_handle inotify_wd_entry f_handle
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an inotify_wd_entry.
     * @exports Iinotify_wd_entry
     * @interface Iinotify_wd_entry
     * @augments inotify_wd_entry.$Properties
     * @deprecated Use inotify_wd_entry.$Properties instead.
     */

    /**
     * Shape of an inotify_wd_entry.
     * @typedef {inotify_wd_entry.$Properties} inotify_wd_entry.$Shape
     */

    /**
     * Constructs a new inotify_wd_entry.
     * @exports inotify_wd_entry
     * @classdesc Represents an inotify_wd_entry.
     * @constructor
     * @param {inotify_wd_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var inotify_wd_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * inotify_wd_entry id.
     * @member {number} id
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.id = 0;

    /**
     * inotify_wd_entry i_ino.
     * @member {number|Long} i_ino
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.i_ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * inotify_wd_entry mask.
     * @member {number} mask
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.mask = 0;

    /**
     * inotify_wd_entry ignored_mask.
     * @member {number} ignored_mask
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.ignored_mask = 0;

    /**
     * inotify_wd_entry s_dev.
     * @member {number} s_dev
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.s_dev = 0;

    /**
     * inotify_wd_entry wd.
     * @member {number} wd
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.wd = 0;

    /**
     * inotify_wd_entry f_handle.
     * @member {fh_entry.$Properties} f_handle
     * @memberof inotify_wd_entry
     * @instance
     */
    inotify_wd_entry.prototype.f_handle = null;

    /**
     * Creates a new inotify_wd_entry instance using the specified properties.
     * @function create
     * @memberof inotify_wd_entry
     * @static
     * @param {inotify_wd_entry.$Properties=} [properties] Properties to set
     * @returns {inotify_wd_entry} inotify_wd_entry instance
     * @type {{
     *   (properties: inotify_wd_entry.$Shape): inotify_wd_entry & inotify_wd_entry.$Shape;
     *   (properties?: inotify_wd_entry.$Properties): inotify_wd_entry;
     * }}
     */
    inotify_wd_entry.create = function(properties) {
        return new inotify_wd_entry(properties);
    };

    /**
     * Encodes the specified inotify_wd_entry message. Does not implicitly {@link inotify_wd_entry.verify|verify} messages.
     * @function encode
     * @memberof inotify_wd_entry
     * @static
     * @param {inotify_wd_entry.$Properties} message inotify_wd_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    inotify_wd_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.i_ino);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mask);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ignored_mask);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.s_dev);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.wd);
        $root.fh_entry.encode(message.f_handle, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an inotify_wd_entry message from the specified reader or buffer.
     * @function decode
     * @memberof inotify_wd_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {inotify_wd_entry & inotify_wd_entry.$Shape} inotify_wd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    inotify_wd_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.inotify_wd_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.i_ino = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.mask = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.ignored_mask = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.s_dev = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.wd = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 2)
                        break;
                    message.f_handle = $root.fh_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.f_handle);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "i_ino"))
            throw $util.ProtocolError("missing required 'i_ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mask"))
            throw $util.ProtocolError("missing required 'mask'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ignored_mask"))
            throw $util.ProtocolError("missing required 'ignored_mask'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "s_dev"))
            throw $util.ProtocolError("missing required 's_dev'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "wd"))
            throw $util.ProtocolError("missing required 'wd'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "f_handle"))
            throw $util.ProtocolError("missing required 'f_handle'", { instance: message });
        return message;
    };

    return inotify_wd_entry;
})();

$root.inotify_file_entry = (function() {

    /**
     * Properties of an inotify_file_entry.
     * @typedef {Object} inotify_file_entry.$Properties
     * @property {number} id inotify_file_entry id
     * @property {number} flags inotify_file_entry flags
     * @property {fown_entry.$Properties} fown inotify_file_entry fown
     * @property {Array.<inotify_wd_entry.$Properties>|null} [wd] inotify_file_entry wd
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an inotify_file_entry.
     * @exports Iinotify_file_entry
     * @interface Iinotify_file_entry
     * @augments inotify_file_entry.$Properties
     * @deprecated Use inotify_file_entry.$Properties instead.
     */

    /**
     * Shape of an inotify_file_entry.
     * @typedef {inotify_file_entry.$Properties} inotify_file_entry.$Shape
     */

    /**
     * Constructs a new inotify_file_entry.
     * @exports inotify_file_entry
     * @classdesc Represents an inotify_file_entry.
     * @constructor
     * @param {inotify_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var inotify_file_entry = function (properties) {
        this.wd = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * inotify_file_entry id.
     * @member {number} id
     * @memberof inotify_file_entry
     * @instance
     */
    inotify_file_entry.prototype.id = 0;

    /**
     * inotify_file_entry flags.
     * @member {number} flags
     * @memberof inotify_file_entry
     * @instance
     */
    inotify_file_entry.prototype.flags = 0;

    /**
     * inotify_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof inotify_file_entry
     * @instance
     */
    inotify_file_entry.prototype.fown = null;

    /**
     * inotify_file_entry wd.
     * @member {Array.<inotify_wd_entry.$Properties>} wd
     * @memberof inotify_file_entry
     * @instance
     */
    inotify_file_entry.prototype.wd = $util.emptyArray;

    /**
     * Creates a new inotify_file_entry instance using the specified properties.
     * @function create
     * @memberof inotify_file_entry
     * @static
     * @param {inotify_file_entry.$Properties=} [properties] Properties to set
     * @returns {inotify_file_entry} inotify_file_entry instance
     * @type {{
     *   (properties: inotify_file_entry.$Shape): inotify_file_entry & inotify_file_entry.$Shape;
     *   (properties?: inotify_file_entry.$Properties): inotify_file_entry;
     * }}
     */
    inotify_file_entry.create = function(properties) {
        return new inotify_file_entry(properties);
    };

    /**
     * Encodes the specified inotify_file_entry message. Does not implicitly {@link inotify_file_entry.verify|verify} messages.
     * @function encode
     * @memberof inotify_file_entry
     * @static
     * @param {inotify_file_entry.$Properties} message inotify_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    inotify_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.wd != null && message.wd.length)
            for (var i = 0; i < message.wd.length; ++i)
                $root.inotify_wd_entry.encode(message.wd[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an inotify_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof inotify_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {inotify_file_entry & inotify_file_entry.$Shape} inotify_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    inotify_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.inotify_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 5: {
                    if (wireType !== 2)
                        break;
                    if (!(message.wd && message.wd.length))
                        message.wd = [];
                    message.wd.push($root.inotify_wd_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        return message;
    };

    return inotify_file_entry;
})();

/**
 * mark_type enum.
 * @name mark_type
 * @enum {number}
 * @property {number} INODE=1 INODE value
 * @property {number} MOUNT=2 MOUNT value
 */
$root.mark_type = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[1] = "INODE"] = 1;
    values[valuesById[2] = "MOUNT"] = 2;
    return values;
})();

$root.fanotify_inode_mark_entry = (function() {

    /**
     * Properties of a fanotify_inode_mark_entry.
     * @typedef {Object} fanotify_inode_mark_entry.$Properties
     * @property {number|Long} i_ino fanotify_inode_mark_entry i_ino
     * @property {fh_entry.$Properties} f_handle fanotify_inode_mark_entry f_handle
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fanotify_inode_mark_entry.
     * @exports Ifanotify_inode_mark_entry
     * @interface Ifanotify_inode_mark_entry
     * @augments fanotify_inode_mark_entry.$Properties
     * @deprecated Use fanotify_inode_mark_entry.$Properties instead.
     */

    /**
     * Shape of a fanotify_inode_mark_entry.
     * @typedef {fanotify_inode_mark_entry.$Properties} fanotify_inode_mark_entry.$Shape
     */

    /**
     * Constructs a new fanotify_inode_mark_entry.
     * @exports fanotify_inode_mark_entry
     * @classdesc Represents a fanotify_inode_mark_entry.
     * @constructor
     * @param {fanotify_inode_mark_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fanotify_inode_mark_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fanotify_inode_mark_entry i_ino.
     * @member {number|Long} i_ino
     * @memberof fanotify_inode_mark_entry
     * @instance
     */
    fanotify_inode_mark_entry.prototype.i_ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * fanotify_inode_mark_entry f_handle.
     * @member {fh_entry.$Properties} f_handle
     * @memberof fanotify_inode_mark_entry
     * @instance
     */
    fanotify_inode_mark_entry.prototype.f_handle = null;

    /**
     * Creates a new fanotify_inode_mark_entry instance using the specified properties.
     * @function create
     * @memberof fanotify_inode_mark_entry
     * @static
     * @param {fanotify_inode_mark_entry.$Properties=} [properties] Properties to set
     * @returns {fanotify_inode_mark_entry} fanotify_inode_mark_entry instance
     * @type {{
     *   (properties: fanotify_inode_mark_entry.$Shape): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
     *   (properties?: fanotify_inode_mark_entry.$Properties): fanotify_inode_mark_entry;
     * }}
     */
    fanotify_inode_mark_entry.create = function(properties) {
        return new fanotify_inode_mark_entry(properties);
    };

    /**
     * Encodes the specified fanotify_inode_mark_entry message. Does not implicitly {@link fanotify_inode_mark_entry.verify|verify} messages.
     * @function encode
     * @memberof fanotify_inode_mark_entry
     * @static
     * @param {fanotify_inode_mark_entry.$Properties} message fanotify_inode_mark_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fanotify_inode_mark_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.i_ino);
        $root.fh_entry.encode(message.f_handle, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fanotify_inode_mark_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fanotify_inode_mark_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape} fanotify_inode_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fanotify_inode_mark_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fanotify_inode_mark_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.i_ino = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    message.f_handle = $root.fh_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.f_handle);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "i_ino"))
            throw $util.ProtocolError("missing required 'i_ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "f_handle"))
            throw $util.ProtocolError("missing required 'f_handle'", { instance: message });
        return message;
    };

    return fanotify_inode_mark_entry;
})();

$root.fanotify_mount_mark_entry = (function() {

    /**
     * Properties of a fanotify_mount_mark_entry.
     * @typedef {Object} fanotify_mount_mark_entry.$Properties
     * @property {number} mnt_id fanotify_mount_mark_entry mnt_id
     * @property {string|null} [path] fanotify_mount_mark_entry path
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fanotify_mount_mark_entry.
     * @exports Ifanotify_mount_mark_entry
     * @interface Ifanotify_mount_mark_entry
     * @augments fanotify_mount_mark_entry.$Properties
     * @deprecated Use fanotify_mount_mark_entry.$Properties instead.
     */

    /**
     * Shape of a fanotify_mount_mark_entry.
     * @typedef {fanotify_mount_mark_entry.$Properties} fanotify_mount_mark_entry.$Shape
     */

    /**
     * Constructs a new fanotify_mount_mark_entry.
     * @exports fanotify_mount_mark_entry
     * @classdesc Represents a fanotify_mount_mark_entry.
     * @constructor
     * @param {fanotify_mount_mark_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fanotify_mount_mark_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fanotify_mount_mark_entry mnt_id.
     * @member {number} mnt_id
     * @memberof fanotify_mount_mark_entry
     * @instance
     */
    fanotify_mount_mark_entry.prototype.mnt_id = 0;

    /**
     * fanotify_mount_mark_entry path.
     * @member {string} path
     * @memberof fanotify_mount_mark_entry
     * @instance
     */
    fanotify_mount_mark_entry.prototype.path = "";

    /**
     * Creates a new fanotify_mount_mark_entry instance using the specified properties.
     * @function create
     * @memberof fanotify_mount_mark_entry
     * @static
     * @param {fanotify_mount_mark_entry.$Properties=} [properties] Properties to set
     * @returns {fanotify_mount_mark_entry} fanotify_mount_mark_entry instance
     * @type {{
     *   (properties: fanotify_mount_mark_entry.$Shape): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
     *   (properties?: fanotify_mount_mark_entry.$Properties): fanotify_mount_mark_entry;
     * }}
     */
    fanotify_mount_mark_entry.create = function(properties) {
        return new fanotify_mount_mark_entry(properties);
    };

    /**
     * Encodes the specified fanotify_mount_mark_entry message. Does not implicitly {@link fanotify_mount_mark_entry.verify|verify} messages.
     * @function encode
     * @memberof fanotify_mount_mark_entry
     * @static
     * @param {fanotify_mount_mark_entry.$Properties} message fanotify_mount_mark_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fanotify_mount_mark_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.mnt_id);
        if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
            writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fanotify_mount_mark_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fanotify_mount_mark_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape} fanotify_mount_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fanotify_mount_mark_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fanotify_mount_mark_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.mnt_id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    message.path = reader.string();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "mnt_id"))
            throw $util.ProtocolError("missing required 'mnt_id'", { instance: message });
        return message;
    };

    return fanotify_mount_mark_entry;
})();

$root.fanotify_mark_entry = (function() {

    /**
     * Properties of a fanotify_mark_entry.
     * @typedef {Object} fanotify_mark_entry.$Properties
     * @property {number} id fanotify_mark_entry id
     * @property {mark_type} type fanotify_mark_entry type
     * @property {number} mflags fanotify_mark_entry mflags
     * @property {number} mask fanotify_mark_entry mask
     * @property {number} ignored_mask fanotify_mark_entry ignored_mask
     * @property {number} s_dev fanotify_mark_entry s_dev
     * @property {fanotify_inode_mark_entry.$Properties|null} [ie] fanotify_mark_entry ie
     * @property {fanotify_mount_mark_entry.$Properties|null} [me] fanotify_mark_entry me
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fanotify_mark_entry.
     * @exports Ifanotify_mark_entry
     * @interface Ifanotify_mark_entry
     * @augments fanotify_mark_entry.$Properties
     * @deprecated Use fanotify_mark_entry.$Properties instead.
     */

    /**
     * Shape of a fanotify_mark_entry.
     * @typedef {fanotify_mark_entry.$Properties} fanotify_mark_entry.$Shape
     */

    /**
     * Constructs a new fanotify_mark_entry.
     * @exports fanotify_mark_entry
     * @classdesc Represents a fanotify_mark_entry.
     * @constructor
     * @param {fanotify_mark_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fanotify_mark_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fanotify_mark_entry id.
     * @member {number} id
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.id = 0;

    /**
     * fanotify_mark_entry type.
     * @member {mark_type} type
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.type = 1;

    /**
     * fanotify_mark_entry mflags.
     * @member {number} mflags
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.mflags = 0;

    /**
     * fanotify_mark_entry mask.
     * @member {number} mask
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.mask = 0;

    /**
     * fanotify_mark_entry ignored_mask.
     * @member {number} ignored_mask
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.ignored_mask = 0;

    /**
     * fanotify_mark_entry s_dev.
     * @member {number} s_dev
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.s_dev = 0;

    /**
     * fanotify_mark_entry ie.
     * @member {fanotify_inode_mark_entry.$Properties|null|undefined} ie
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.ie = null;

    /**
     * fanotify_mark_entry me.
     * @member {fanotify_mount_mark_entry.$Properties|null|undefined} me
     * @memberof fanotify_mark_entry
     * @instance
     */
    fanotify_mark_entry.prototype.me = null;

    /**
     * Creates a new fanotify_mark_entry instance using the specified properties.
     * @function create
     * @memberof fanotify_mark_entry
     * @static
     * @param {fanotify_mark_entry.$Properties=} [properties] Properties to set
     * @returns {fanotify_mark_entry} fanotify_mark_entry instance
     * @type {{
     *   (properties: fanotify_mark_entry.$Shape): fanotify_mark_entry & fanotify_mark_entry.$Shape;
     *   (properties?: fanotify_mark_entry.$Properties): fanotify_mark_entry;
     * }}
     */
    fanotify_mark_entry.create = function(properties) {
        return new fanotify_mark_entry(properties);
    };

    /**
     * Encodes the specified fanotify_mark_entry message. Does not implicitly {@link fanotify_mark_entry.verify|verify} messages.
     * @function encode
     * @memberof fanotify_mark_entry
     * @static
     * @param {fanotify_mark_entry.$Properties} message fanotify_mark_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fanotify_mark_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mflags);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mask);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ignored_mask);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.s_dev);
        if (message.ie != null && $Object.hasOwnProperty.call(message, "ie"))
            $root.fanotify_inode_mark_entry.encode(message.ie, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
        if (message.me != null && $Object.hasOwnProperty.call(message, "me"))
            $root.fanotify_mount_mark_entry.encode(message.me, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fanotify_mark_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fanotify_mark_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fanotify_mark_entry & fanotify_mark_entry.$Shape} fanotify_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fanotify_mark_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fanotify_mark_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.mark_type[value] !== $undefined)
                        message.type = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.mflags = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.mask = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.ignored_mask = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.s_dev = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 2)
                        break;
                    message.ie = $root.fanotify_inode_mark_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ie);
                    continue;
                }
            case 8: {
                    if (wireType !== 2)
                        break;
                    message.me = $root.fanotify_mount_mark_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.me);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mflags"))
            throw $util.ProtocolError("missing required 'mflags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mask"))
            throw $util.ProtocolError("missing required 'mask'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ignored_mask"))
            throw $util.ProtocolError("missing required 'ignored_mask'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "s_dev"))
            throw $util.ProtocolError("missing required 's_dev'", { instance: message });
        return message;
    };

    return fanotify_mark_entry;
})();

$root.fanotify_file_entry = (function() {

    /**
     * Properties of a fanotify_file_entry.
     * @typedef {Object} fanotify_file_entry.$Properties
     * @property {number} id fanotify_file_entry id
     * @property {number} flags fanotify_file_entry flags
     * @property {fown_entry.$Properties} fown fanotify_file_entry fown
     * @property {number} faflags fanotify_file_entry faflags
     * @property {number} evflags fanotify_file_entry evflags
     * @property {Array.<fanotify_mark_entry.$Properties>|null} [mark] fanotify_file_entry mark
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fanotify_file_entry.
     * @exports Ifanotify_file_entry
     * @interface Ifanotify_file_entry
     * @augments fanotify_file_entry.$Properties
     * @deprecated Use fanotify_file_entry.$Properties instead.
     */

    /**
     * Shape of a fanotify_file_entry.
     * @typedef {fanotify_file_entry.$Properties} fanotify_file_entry.$Shape
     */

    /**
     * Constructs a new fanotify_file_entry.
     * @exports fanotify_file_entry
     * @classdesc Represents a fanotify_file_entry.
     * @constructor
     * @param {fanotify_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fanotify_file_entry = function (properties) {
        this.mark = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fanotify_file_entry id.
     * @member {number} id
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.id = 0;

    /**
     * fanotify_file_entry flags.
     * @member {number} flags
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.flags = 0;

    /**
     * fanotify_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.fown = null;

    /**
     * fanotify_file_entry faflags.
     * @member {number} faflags
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.faflags = 0;

    /**
     * fanotify_file_entry evflags.
     * @member {number} evflags
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.evflags = 0;

    /**
     * fanotify_file_entry mark.
     * @member {Array.<fanotify_mark_entry.$Properties>} mark
     * @memberof fanotify_file_entry
     * @instance
     */
    fanotify_file_entry.prototype.mark = $util.emptyArray;

    /**
     * Creates a new fanotify_file_entry instance using the specified properties.
     * @function create
     * @memberof fanotify_file_entry
     * @static
     * @param {fanotify_file_entry.$Properties=} [properties] Properties to set
     * @returns {fanotify_file_entry} fanotify_file_entry instance
     * @type {{
     *   (properties: fanotify_file_entry.$Shape): fanotify_file_entry & fanotify_file_entry.$Shape;
     *   (properties?: fanotify_file_entry.$Properties): fanotify_file_entry;
     * }}
     */
    fanotify_file_entry.create = function(properties) {
        return new fanotify_file_entry(properties);
    };

    /**
     * Encodes the specified fanotify_file_entry message. Does not implicitly {@link fanotify_file_entry.verify|verify} messages.
     * @function encode
     * @memberof fanotify_file_entry
     * @static
     * @param {fanotify_file_entry.$Properties} message fanotify_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fanotify_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.faflags);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.evflags);
        if (message.mark != null && message.mark.length)
            for (var i = 0; i < message.mark.length; ++i)
                $root.fanotify_mark_entry.encode(message.mark[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fanotify_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fanotify_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fanotify_file_entry & fanotify_file_entry.$Shape} fanotify_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fanotify_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fanotify_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.faflags = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.evflags = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 2)
                        break;
                    if (!(message.mark && message.mark.length))
                        message.mark = [];
                    message.mark.push($root.fanotify_mark_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "faflags"))
            throw $util.ProtocolError("missing required 'faflags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "evflags"))
            throw $util.ProtocolError("missing required 'evflags'", { instance: message });
        return message;
    };

    return fanotify_file_entry;
})();

$root.fs_entry = (function() {

    /**
     * Properties of a fs_entry.
     * @typedef {Object} fs_entry.$Properties
     * @property {number} cwd_id fs_entry cwd_id
     * @property {number} root_id fs_entry root_id
     * @property {number|null} [umask] fs_entry umask
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a fs_entry.
     * @exports Ifs_entry
     * @interface Ifs_entry
     * @augments fs_entry.$Properties
     * @deprecated Use fs_entry.$Properties instead.
     */

    /**
     * Shape of a fs_entry.
     * @typedef {fs_entry.$Properties} fs_entry.$Shape
     */

    /**
     * Constructs a new fs_entry.
     * @exports fs_entry
     * @classdesc Represents a fs_entry.
     * @constructor
     * @param {fs_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var fs_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * fs_entry cwd_id.
     * @member {number} cwd_id
     * @memberof fs_entry
     * @instance
     */
    fs_entry.prototype.cwd_id = 0;

    /**
     * fs_entry root_id.
     * @member {number} root_id
     * @memberof fs_entry
     * @instance
     */
    fs_entry.prototype.root_id = 0;

    /**
     * fs_entry umask.
     * @member {number} umask
     * @memberof fs_entry
     * @instance
     */
    fs_entry.prototype.umask = 0;

    /**
     * Creates a new fs_entry instance using the specified properties.
     * @function create
     * @memberof fs_entry
     * @static
     * @param {fs_entry.$Properties=} [properties] Properties to set
     * @returns {fs_entry} fs_entry instance
     * @type {{
     *   (properties: fs_entry.$Shape): fs_entry & fs_entry.$Shape;
     *   (properties?: fs_entry.$Properties): fs_entry;
     * }}
     */
    fs_entry.create = function(properties) {
        return new fs_entry(properties);
    };

    /**
     * Encodes the specified fs_entry message. Does not implicitly {@link fs_entry.verify|verify} messages.
     * @function encode
     * @memberof fs_entry
     * @static
     * @param {fs_entry.$Properties} message fs_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    fs_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cwd_id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.root_id);
        if (message.umask != null && $Object.hasOwnProperty.call(message, "umask"))
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.umask);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a fs_entry message from the specified reader or buffer.
     * @function decode
     * @memberof fs_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {fs_entry & fs_entry.$Shape} fs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    fs_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.fs_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.cwd_id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.root_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.umask = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "cwd_id"))
            throw $util.ProtocolError("missing required 'cwd_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "root_id"))
            throw $util.ProtocolError("missing required 'root_id'", { instance: message });
        return message;
    };

    return fs_entry;
})();

/**
 * lsmtype enum.
 * @name lsmtype
 * @enum {number}
 * @property {number} NO_LSM=0 NO_LSM value
 * @property {number} SELINUX=1 SELINUX value
 * @property {number} APPARMOR=2 APPARMOR value
 */
$root.lsmtype = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "NO_LSM"] = 0;
    values[valuesById[1] = "SELINUX"] = 1;
    values[valuesById[2] = "APPARMOR"] = 2;
    return values;
})();

$root.plugins_entry = (function() {

    /**
     * Properties of a plugins_entry.
     * @typedef {Object} plugins_entry.$Properties
     * @property {Array.<string>|null} [plugins] plugins_entry plugins
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a plugins_entry.
     * @exports Iplugins_entry
     * @interface Iplugins_entry
     * @augments plugins_entry.$Properties
     * @deprecated Use plugins_entry.$Properties instead.
     */

    /**
     * Shape of a plugins_entry.
     * @typedef {plugins_entry.$Properties} plugins_entry.$Shape
     */

    /**
     * Constructs a new plugins_entry.
     * @exports plugins_entry
     * @classdesc Represents a plugins_entry.
     * @constructor
     * @param {plugins_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var plugins_entry = function (properties) {
        this.plugins = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * plugins_entry plugins.
     * @member {Array.<string>} plugins
     * @memberof plugins_entry
     * @instance
     */
    plugins_entry.prototype.plugins = $util.emptyArray;

    /**
     * Creates a new plugins_entry instance using the specified properties.
     * @function create
     * @memberof plugins_entry
     * @static
     * @param {plugins_entry.$Properties=} [properties] Properties to set
     * @returns {plugins_entry} plugins_entry instance
     * @type {{
     *   (properties: plugins_entry.$Shape): plugins_entry & plugins_entry.$Shape;
     *   (properties?: plugins_entry.$Properties): plugins_entry;
     * }}
     */
    plugins_entry.create = function(properties) {
        return new plugins_entry(properties);
    };

    /**
     * Encodes the specified plugins_entry message. Does not implicitly {@link plugins_entry.verify|verify} messages.
     * @function encode
     * @memberof plugins_entry
     * @static
     * @param {plugins_entry.$Properties} message plugins_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    plugins_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.plugins != null && message.plugins.length)
            for (var i = 0; i < message.plugins.length; ++i)
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.plugins[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a plugins_entry message from the specified reader or buffer.
     * @function decode
     * @memberof plugins_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {plugins_entry & plugins_entry.$Shape} plugins_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    plugins_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.plugins_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 12: {
                    if (wireType !== 2)
                        break;
                    if (!(message.plugins && message.plugins.length))
                        message.plugins = [];
                    message.plugins.push(reader.string());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return plugins_entry;
})();

$root.inventory_entry = (function() {

    /**
     * Properties of an inventory_entry.
     * @typedef {Object} inventory_entry.$Properties
     * @property {number} img_version inventory_entry img_version
     * @property {boolean|null} [fdinfo_per_id] inventory_entry fdinfo_per_id
     * @property {task_kobj_ids_entry.$Properties|null} [root_ids] inventory_entry root_ids
     * @property {boolean|null} [ns_per_id] inventory_entry ns_per_id
     * @property {number|null} [root_cg_set] inventory_entry root_cg_set
     * @property {lsmtype|null} [lsmtype] inventory_entry lsmtype
     * @property {number|Long|null} [dump_uptime] inventory_entry dump_uptime
     * @property {number|null} [pre_dump_mode] inventory_entry pre_dump_mode
     * @property {boolean|null} [tcp_close] inventory_entry tcp_close
     * @property {number|null} [network_lock_method] inventory_entry network_lock_method
     * @property {plugins_entry.$Properties|null} [plugins_entry] inventory_entry plugins_entry
     * @property {string|null} [dump_criu_run_id] inventory_entry dump_criu_run_id
     * @property {boolean|null} [allow_uprobes] inventory_entry allow_uprobes
     * @property {string|null} [amber_version] inventory_entry amber_version
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an inventory_entry.
     * @exports Iinventory_entry
     * @interface Iinventory_entry
     * @augments inventory_entry.$Properties
     * @deprecated Use inventory_entry.$Properties instead.
     */

    /**
     * Shape of an inventory_entry.
     * @typedef {inventory_entry.$Properties} inventory_entry.$Shape
     */

    /**
     * Constructs a new inventory_entry.
     * @exports inventory_entry
     * @classdesc Represents an inventory_entry.
     * @constructor
     * @param {inventory_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var inventory_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * inventory_entry img_version.
     * @member {number} img_version
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.img_version = 0;

    /**
     * inventory_entry fdinfo_per_id.
     * @member {boolean} fdinfo_per_id
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.fdinfo_per_id = false;

    /**
     * inventory_entry root_ids.
     * @member {task_kobj_ids_entry.$Properties|null|undefined} root_ids
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.root_ids = null;

    /**
     * inventory_entry ns_per_id.
     * @member {boolean} ns_per_id
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.ns_per_id = false;

    /**
     * inventory_entry root_cg_set.
     * @member {number} root_cg_set
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.root_cg_set = 0;

    /**
     * inventory_entry lsmtype.
     * @member {lsmtype} lsmtype
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.lsmtype = 0;

    /**
     * inventory_entry dump_uptime.
     * @member {number|Long} dump_uptime
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.dump_uptime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * inventory_entry pre_dump_mode.
     * @member {number} pre_dump_mode
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.pre_dump_mode = 0;

    /**
     * inventory_entry tcp_close.
     * @member {boolean} tcp_close
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.tcp_close = false;

    /**
     * inventory_entry network_lock_method.
     * @member {number} network_lock_method
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.network_lock_method = 0;

    /**
     * inventory_entry plugins_entry.
     * @member {plugins_entry.$Properties|null|undefined} plugins_entry
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.plugins_entry = null;

    /**
     * inventory_entry dump_criu_run_id.
     * @member {string} dump_criu_run_id
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.dump_criu_run_id = "";

    /**
     * inventory_entry allow_uprobes.
     * @member {boolean} allow_uprobes
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.allow_uprobes = false;

    /**
     * inventory_entry amber_version.
     * @member {string} amber_version
     * @memberof inventory_entry
     * @instance
     */
    inventory_entry.prototype.amber_version = "";

    /**
     * Creates a new inventory_entry instance using the specified properties.
     * @function create
     * @memberof inventory_entry
     * @static
     * @param {inventory_entry.$Properties=} [properties] Properties to set
     * @returns {inventory_entry} inventory_entry instance
     * @type {{
     *   (properties: inventory_entry.$Shape): inventory_entry & inventory_entry.$Shape;
     *   (properties?: inventory_entry.$Properties): inventory_entry;
     * }}
     */
    inventory_entry.create = function(properties) {
        return new inventory_entry(properties);
    };

    /**
     * Encodes the specified inventory_entry message. Does not implicitly {@link inventory_entry.verify|verify} messages.
     * @function encode
     * @memberof inventory_entry
     * @static
     * @param {inventory_entry.$Properties} message inventory_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    inventory_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.img_version);
        if (message.fdinfo_per_id != null && $Object.hasOwnProperty.call(message, "fdinfo_per_id"))
            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.fdinfo_per_id);
        if (message.root_ids != null && $Object.hasOwnProperty.call(message, "root_ids"))
            $root.task_kobj_ids_entry.encode(message.root_ids, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
        if (message.ns_per_id != null && $Object.hasOwnProperty.call(message, "ns_per_id"))
            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.ns_per_id);
        if (message.root_cg_set != null && $Object.hasOwnProperty.call(message, "root_cg_set"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.root_cg_set);
        if (message.lsmtype != null && $Object.hasOwnProperty.call(message, "lsmtype"))
            writer.uint32(/* id 6, wireType 0 =*/48).int32(message.lsmtype);
        if (message.dump_uptime != null && $Object.hasOwnProperty.call(message, "dump_uptime"))
            writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.dump_uptime);
        if (message.pre_dump_mode != null && $Object.hasOwnProperty.call(message, "pre_dump_mode"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.pre_dump_mode);
        if (message.tcp_close != null && $Object.hasOwnProperty.call(message, "tcp_close"))
            writer.uint32(/* id 10, wireType 0 =*/80).bool(message.tcp_close);
        if (message.network_lock_method != null && $Object.hasOwnProperty.call(message, "network_lock_method"))
            writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.network_lock_method);
        if (message.plugins_entry != null && $Object.hasOwnProperty.call(message, "plugins_entry"))
            $root.plugins_entry.encode(message.plugins_entry, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.dump_criu_run_id != null && $Object.hasOwnProperty.call(message, "dump_criu_run_id"))
            writer.uint32(/* id 13, wireType 2 =*/106).string(message.dump_criu_run_id);
        if (message.allow_uprobes != null && $Object.hasOwnProperty.call(message, "allow_uprobes"))
            writer.uint32(/* id 14, wireType 0 =*/112).bool(message.allow_uprobes);
        if (message.amber_version != null && $Object.hasOwnProperty.call(message, "amber_version"))
            writer.uint32(/* id 1000, wireType 2 =*/8002).string(message.amber_version);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an inventory_entry message from the specified reader or buffer.
     * @function decode
     * @memberof inventory_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {inventory_entry & inventory_entry.$Shape} inventory_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    inventory_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.inventory_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.img_version = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.fdinfo_per_id = reader.bool();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.root_ids = $root.task_kobj_ids_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.root_ids);
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.ns_per_id = reader.bool();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.root_cg_set = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.lsmtype[value] !== $undefined)
                        message.lsmtype = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.dump_uptime = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.pre_dump_mode = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.tcp_close = reader.bool();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.network_lock_method = reader.uint32();
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.plugins_entry = $root.plugins_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.plugins_entry);
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.dump_criu_run_id = reader.string();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.allow_uprobes = reader.bool();
                    continue;
                }
            case 1000: {
                    if (wireType !== 2)
                        break;
                    message.amber_version = reader.string();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "img_version"))
            throw $util.ProtocolError("missing required 'img_version'", { instance: message });
        return message;
    };

    return inventory_entry;
})();

$root.vma_entry = (function() {

    /**
     * Properties of a vma_entry.
     * @typedef {Object} vma_entry.$Properties
     * @property {number|Long} start vma_entry start
     * @property {number|Long} end vma_entry end
     * @property {number|Long} pgoff vma_entry pgoff
     * @property {number|Long} shmid vma_entry shmid
     * @property {number} prot vma_entry prot
     * @property {number} flags vma_entry flags
     * @property {number} status vma_entry status
     * @property {number|Long} fd vma_entry fd
     * @property {number|Long|null} [madv] vma_entry madv
     * @property {number|null} [fdflags] vma_entry fdflags
     * @property {string|null} [amber_shm_name] vma_entry amber_shm_name
     * @property {number|Long|null} [amber_shm_size] vma_entry amber_shm_size
     * @property {number|null} [amber_shm_key] vma_entry amber_shm_key
     * @property {number|null} [amber_shm_mode] vma_entry amber_shm_mode
     * @property {number|null} [amber_shm_seals] vma_entry amber_shm_seals
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a vma_entry.
     * @exports Ivma_entry
     * @interface Ivma_entry
     * @augments vma_entry.$Properties
     * @deprecated Use vma_entry.$Properties instead.
     */

    /**
     * Shape of a vma_entry.
     * @typedef {vma_entry.$Properties} vma_entry.$Shape
     */

    /**
     * Constructs a new vma_entry.
     * @exports vma_entry
     * @classdesc Represents a vma_entry.
     * @constructor
     * @param {vma_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var vma_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * vma_entry start.
     * @member {number|Long} start
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry end.
     * @member {number|Long} end
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry pgoff.
     * @member {number|Long} pgoff
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.pgoff = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry shmid.
     * @member {number|Long} shmid
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.shmid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry prot.
     * @member {number} prot
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.prot = 0;

    /**
     * vma_entry flags.
     * @member {number} flags
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.flags = 0;

    /**
     * vma_entry status.
     * @member {number} status
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.status = 0;

    /**
     * vma_entry fd.
     * @member {number|Long} fd
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.fd = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

    /**
     * vma_entry madv.
     * @member {number|Long} madv
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.madv = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry fdflags.
     * @member {number} fdflags
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.fdflags = 0;

    /**
     * vma_entry amber_shm_name.
     * @member {string} amber_shm_name
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.amber_shm_name = "";

    /**
     * vma_entry amber_shm_size.
     * @member {number|Long} amber_shm_size
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.amber_shm_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * vma_entry amber_shm_key.
     * @member {number} amber_shm_key
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.amber_shm_key = 0;

    /**
     * vma_entry amber_shm_mode.
     * @member {number} amber_shm_mode
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.amber_shm_mode = 0;

    /**
     * vma_entry amber_shm_seals.
     * @member {number} amber_shm_seals
     * @memberof vma_entry
     * @instance
     */
    vma_entry.prototype.amber_shm_seals = 0;

    /**
     * Creates a new vma_entry instance using the specified properties.
     * @function create
     * @memberof vma_entry
     * @static
     * @param {vma_entry.$Properties=} [properties] Properties to set
     * @returns {vma_entry} vma_entry instance
     * @type {{
     *   (properties: vma_entry.$Shape): vma_entry & vma_entry.$Shape;
     *   (properties?: vma_entry.$Properties): vma_entry;
     * }}
     */
    vma_entry.create = function(properties) {
        return new vma_entry(properties);
    };

    /**
     * Encodes the specified vma_entry message. Does not implicitly {@link vma_entry.verify|verify} messages.
     * @function encode
     * @memberof vma_entry
     * @static
     * @param {vma_entry.$Properties} message vma_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    vma_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.start);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.end);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.pgoff);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.shmid);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.prot);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.flags);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.status);
        writer.uint32(/* id 8, wireType 0 =*/64).sint64(message.fd);
        if (message.madv != null && $Object.hasOwnProperty.call(message, "madv"))
            writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.madv);
        if (message.fdflags != null && $Object.hasOwnProperty.call(message, "fdflags"))
            writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.fdflags);
        if (message.amber_shm_name != null && $Object.hasOwnProperty.call(message, "amber_shm_name"))
            writer.uint32(/* id 1000, wireType 2 =*/8002).string(message.amber_shm_name);
        if (message.amber_shm_size != null && $Object.hasOwnProperty.call(message, "amber_shm_size"))
            writer.uint32(/* id 1001, wireType 0 =*/8008).uint64(message.amber_shm_size);
        if (message.amber_shm_key != null && $Object.hasOwnProperty.call(message, "amber_shm_key"))
            writer.uint32(/* id 1002, wireType 0 =*/8016).int32(message.amber_shm_key);
        if (message.amber_shm_mode != null && $Object.hasOwnProperty.call(message, "amber_shm_mode"))
            writer.uint32(/* id 1003, wireType 0 =*/8024).uint32(message.amber_shm_mode);
        if (message.amber_shm_seals != null && $Object.hasOwnProperty.call(message, "amber_shm_seals"))
            writer.uint32(/* id 1004, wireType 0 =*/8032).uint32(message.amber_shm_seals);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a vma_entry message from the specified reader or buffer.
     * @function decode
     * @memberof vma_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {vma_entry & vma_entry.$Shape} vma_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    vma_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.vma_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.start = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.end = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.pgoff = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.shmid = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.prot = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.status = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.fd = reader.sint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.madv = reader.uint64();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.fdflags = reader.uint32();
                    continue;
                }
            case 1000: {
                    if (wireType !== 2)
                        break;
                    message.amber_shm_name = reader.string();
                    continue;
                }
            case 1001: {
                    if (wireType !== 0)
                        break;
                    message.amber_shm_size = reader.uint64();
                    continue;
                }
            case 1002: {
                    if (wireType !== 0)
                        break;
                    message.amber_shm_key = reader.int32();
                    continue;
                }
            case 1003: {
                    if (wireType !== 0)
                        break;
                    message.amber_shm_mode = reader.uint32();
                    continue;
                }
            case 1004: {
                    if (wireType !== 0)
                        break;
                    message.amber_shm_seals = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "start"))
            throw $util.ProtocolError("missing required 'start'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "end"))
            throw $util.ProtocolError("missing required 'end'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pgoff"))
            throw $util.ProtocolError("missing required 'pgoff'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "shmid"))
            throw $util.ProtocolError("missing required 'shmid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "prot"))
            throw $util.ProtocolError("missing required 'prot'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "status"))
            throw $util.ProtocolError("missing required 'status'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fd"))
            throw $util.ProtocolError("missing required 'fd'", { instance: message });
        return message;
    };

    return vma_entry;
})();

$root.aio_ring_entry = (function() {

    /**
     * Properties of an aio_ring_entry.
     * @typedef {Object} aio_ring_entry.$Properties
     * @property {number|Long} id aio_ring_entry id
     * @property {number} nr_req aio_ring_entry nr_req
     * @property {number} ring_len aio_ring_entry ring_len
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an aio_ring_entry.
     * @exports Iaio_ring_entry
     * @interface Iaio_ring_entry
     * @augments aio_ring_entry.$Properties
     * @deprecated Use aio_ring_entry.$Properties instead.
     */

    /**
     * Shape of an aio_ring_entry.
     * @typedef {aio_ring_entry.$Properties} aio_ring_entry.$Shape
     */

    /**
     * Constructs a new aio_ring_entry.
     * @exports aio_ring_entry
     * @classdesc Represents an aio_ring_entry.
     * @constructor
     * @param {aio_ring_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var aio_ring_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * aio_ring_entry id.
     * @member {number|Long} id
     * @memberof aio_ring_entry
     * @instance
     */
    aio_ring_entry.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * aio_ring_entry nr_req.
     * @member {number} nr_req
     * @memberof aio_ring_entry
     * @instance
     */
    aio_ring_entry.prototype.nr_req = 0;

    /**
     * aio_ring_entry ring_len.
     * @member {number} ring_len
     * @memberof aio_ring_entry
     * @instance
     */
    aio_ring_entry.prototype.ring_len = 0;

    /**
     * Creates a new aio_ring_entry instance using the specified properties.
     * @function create
     * @memberof aio_ring_entry
     * @static
     * @param {aio_ring_entry.$Properties=} [properties] Properties to set
     * @returns {aio_ring_entry} aio_ring_entry instance
     * @type {{
     *   (properties: aio_ring_entry.$Shape): aio_ring_entry & aio_ring_entry.$Shape;
     *   (properties?: aio_ring_entry.$Properties): aio_ring_entry;
     * }}
     */
    aio_ring_entry.create = function(properties) {
        return new aio_ring_entry(properties);
    };

    /**
     * Encodes the specified aio_ring_entry message. Does not implicitly {@link aio_ring_entry.verify|verify} messages.
     * @function encode
     * @memberof aio_ring_entry
     * @static
     * @param {aio_ring_entry.$Properties} message aio_ring_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    aio_ring_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nr_req);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ring_len);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an aio_ring_entry message from the specified reader or buffer.
     * @function decode
     * @memberof aio_ring_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {aio_ring_entry & aio_ring_entry.$Shape} aio_ring_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    aio_ring_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.aio_ring_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.nr_req = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.ring_len = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "nr_req"))
            throw $util.ProtocolError("missing required 'nr_req'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ring_len"))
            throw $util.ProtocolError("missing required 'ring_len'", { instance: message });
        return message;
    };

    return aio_ring_entry;
})();

$root.mm_entry = (function() {

    /**
     * Properties of a mm_entry.
     * @typedef {Object} mm_entry.$Properties
     * @property {number|Long} mm_start_code mm_entry mm_start_code
     * @property {number|Long} mm_end_code mm_entry mm_end_code
     * @property {number|Long} mm_start_data mm_entry mm_start_data
     * @property {number|Long} mm_end_data mm_entry mm_end_data
     * @property {number|Long} mm_start_stack mm_entry mm_start_stack
     * @property {number|Long} mm_start_brk mm_entry mm_start_brk
     * @property {number|Long} mm_brk mm_entry mm_brk
     * @property {number|Long} mm_arg_start mm_entry mm_arg_start
     * @property {number|Long} mm_arg_end mm_entry mm_arg_end
     * @property {number|Long} mm_env_start mm_entry mm_env_start
     * @property {number|Long} mm_env_end mm_entry mm_env_end
     * @property {number} exe_file_id mm_entry exe_file_id
     * @property {Array.<number|Long>|null} [mm_saved_auxv] mm_entry mm_saved_auxv
     * @property {Array.<vma_entry.$Properties>|null} [vmas] mm_entry vmas
     * @property {number|null} [dumpable] mm_entry dumpable
     * @property {Array.<aio_ring_entry.$Properties>|null} [aios] mm_entry aios
     * @property {boolean|null} [thp_disabled] mm_entry thp_disabled
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a mm_entry.
     * @exports Imm_entry
     * @interface Imm_entry
     * @augments mm_entry.$Properties
     * @deprecated Use mm_entry.$Properties instead.
     */

    /**
     * Shape of a mm_entry.
     * @typedef {mm_entry.$Properties} mm_entry.$Shape
     */

    /**
     * Constructs a new mm_entry.
     * @exports mm_entry
     * @classdesc Represents a mm_entry.
     * @constructor
     * @param {mm_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var mm_entry = function (properties) {
        this.mm_saved_auxv = [];
        this.vmas = [];
        this.aios = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * mm_entry mm_start_code.
     * @member {number|Long} mm_start_code
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_start_code = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_end_code.
     * @member {number|Long} mm_end_code
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_end_code = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_start_data.
     * @member {number|Long} mm_start_data
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_start_data = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_end_data.
     * @member {number|Long} mm_end_data
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_end_data = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_start_stack.
     * @member {number|Long} mm_start_stack
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_start_stack = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_start_brk.
     * @member {number|Long} mm_start_brk
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_start_brk = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_brk.
     * @member {number|Long} mm_brk
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_brk = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_arg_start.
     * @member {number|Long} mm_arg_start
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_arg_start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_arg_end.
     * @member {number|Long} mm_arg_end
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_arg_end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_env_start.
     * @member {number|Long} mm_env_start
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_env_start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry mm_env_end.
     * @member {number|Long} mm_env_end
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_env_end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * mm_entry exe_file_id.
     * @member {number} exe_file_id
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.exe_file_id = 0;

    /**
     * mm_entry mm_saved_auxv.
     * @member {Array.<number|Long>} mm_saved_auxv
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.mm_saved_auxv = $util.emptyArray;

    /**
     * mm_entry vmas.
     * @member {Array.<vma_entry.$Properties>} vmas
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.vmas = $util.emptyArray;

    /**
     * mm_entry dumpable.
     * @member {number} dumpable
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.dumpable = 0;

    /**
     * mm_entry aios.
     * @member {Array.<aio_ring_entry.$Properties>} aios
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.aios = $util.emptyArray;

    /**
     * mm_entry thp_disabled.
     * @member {boolean} thp_disabled
     * @memberof mm_entry
     * @instance
     */
    mm_entry.prototype.thp_disabled = false;

    /**
     * Creates a new mm_entry instance using the specified properties.
     * @function create
     * @memberof mm_entry
     * @static
     * @param {mm_entry.$Properties=} [properties] Properties to set
     * @returns {mm_entry} mm_entry instance
     * @type {{
     *   (properties: mm_entry.$Shape): mm_entry & mm_entry.$Shape;
     *   (properties?: mm_entry.$Properties): mm_entry;
     * }}
     */
    mm_entry.create = function(properties) {
        return new mm_entry(properties);
    };

    /**
     * Encodes the specified mm_entry message. Does not implicitly {@link mm_entry.verify|verify} messages.
     * @function encode
     * @memberof mm_entry
     * @static
     * @param {mm_entry.$Properties} message mm_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    mm_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mm_start_code);
        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mm_end_code);
        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.mm_start_data);
        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.mm_end_data);
        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.mm_start_stack);
        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.mm_start_brk);
        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.mm_brk);
        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.mm_arg_start);
        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.mm_arg_end);
        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.mm_env_start);
        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.mm_env_end);
        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.exe_file_id);
        if (message.mm_saved_auxv != null && message.mm_saved_auxv.length)
            for (var i = 0; i < message.mm_saved_auxv.length; ++i)
                writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.mm_saved_auxv[i]);
        if (message.vmas != null && message.vmas.length)
            for (var i = 0; i < message.vmas.length; ++i)
                $root.vma_entry.encode(message.vmas[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.dumpable != null && $Object.hasOwnProperty.call(message, "dumpable"))
            writer.uint32(/* id 15, wireType 0 =*/120).int32(message.dumpable);
        if (message.aios != null && message.aios.length)
            for (var i = 0; i < message.aios.length; ++i)
                $root.aio_ring_entry.encode(message.aios[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
        if (message.thp_disabled != null && $Object.hasOwnProperty.call(message, "thp_disabled"))
            writer.uint32(/* id 17, wireType 0 =*/136).bool(message.thp_disabled);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a mm_entry message from the specified reader or buffer.
     * @function decode
     * @memberof mm_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {mm_entry & mm_entry.$Shape} mm_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    mm_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.mm_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.mm_start_code = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.mm_end_code = reader.uint64();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.mm_start_data = reader.uint64();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.mm_end_data = reader.uint64();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.mm_start_stack = reader.uint64();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.mm_start_brk = reader.uint64();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.mm_brk = reader.uint64();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.mm_arg_start = reader.uint64();
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.mm_arg_end = reader.uint64();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.mm_env_start = reader.uint64();
                    continue;
                }
            case 11: {
                    if (wireType !== 0)
                        break;
                    message.mm_env_end = reader.uint64();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    message.exe_file_id = reader.uint32();
                    continue;
                }
            case 13: {
                    if (wireType === 2) {
                        if (!(message.mm_saved_auxv && message.mm_saved_auxv.length))
                            message.mm_saved_auxv = [];
                        reader.uint64s(message.mm_saved_auxv);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.mm_saved_auxv && message.mm_saved_auxv.length))
                        message.mm_saved_auxv = [];
                    message.mm_saved_auxv.push(reader.uint64());
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    if (!(message.vmas && message.vmas.length))
                        message.vmas = [];
                    message.vmas.push($root.vma_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.dumpable = reader.int32();
                    continue;
                }
            case 16: {
                    if (wireType !== 2)
                        break;
                    if (!(message.aios && message.aios.length))
                        message.aios = [];
                    message.aios.push($root.aio_ring_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            case 17: {
                    if (wireType !== 0)
                        break;
                    message.thp_disabled = reader.bool();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "mm_start_code"))
            throw $util.ProtocolError("missing required 'mm_start_code'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_end_code"))
            throw $util.ProtocolError("missing required 'mm_end_code'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_start_data"))
            throw $util.ProtocolError("missing required 'mm_start_data'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_end_data"))
            throw $util.ProtocolError("missing required 'mm_end_data'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_start_stack"))
            throw $util.ProtocolError("missing required 'mm_start_stack'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_start_brk"))
            throw $util.ProtocolError("missing required 'mm_start_brk'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_brk"))
            throw $util.ProtocolError("missing required 'mm_brk'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_arg_start"))
            throw $util.ProtocolError("missing required 'mm_arg_start'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_arg_end"))
            throw $util.ProtocolError("missing required 'mm_arg_end'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_env_start"))
            throw $util.ProtocolError("missing required 'mm_env_start'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "mm_env_end"))
            throw $util.ProtocolError("missing required 'mm_env_end'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "exe_file_id"))
            throw $util.ProtocolError("missing required 'exe_file_id'", { instance: message });
        return message;
    };

    return mm_entry;
})();

$root.pagemap_head = (function() {

    /**
     * Properties of a pagemap_head.
     * @typedef {Object} pagemap_head.$Properties
     * @property {number} pages_id pagemap_head pages_id
     * @property {number|Long|null} [amber_pages_hash] pagemap_head amber_pages_hash
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pagemap_head.
     * @exports Ipagemap_head
     * @interface Ipagemap_head
     * @augments pagemap_head.$Properties
     * @deprecated Use pagemap_head.$Properties instead.
     */

    /**
     * Shape of a pagemap_head.
     * @typedef {pagemap_head.$Properties} pagemap_head.$Shape
     */

    /**
     * Constructs a new pagemap_head.
     * @exports pagemap_head
     * @classdesc Represents a pagemap_head.
     * @constructor
     * @param {pagemap_head.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pagemap_head = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pagemap_head pages_id.
     * @member {number} pages_id
     * @memberof pagemap_head
     * @instance
     */
    pagemap_head.prototype.pages_id = 0;

    /**
     * pagemap_head amber_pages_hash.
     * @member {number|Long} amber_pages_hash
     * @memberof pagemap_head
     * @instance
     */
    pagemap_head.prototype.amber_pages_hash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new pagemap_head instance using the specified properties.
     * @function create
     * @memberof pagemap_head
     * @static
     * @param {pagemap_head.$Properties=} [properties] Properties to set
     * @returns {pagemap_head} pagemap_head instance
     * @type {{
     *   (properties: pagemap_head.$Shape): pagemap_head & pagemap_head.$Shape;
     *   (properties?: pagemap_head.$Properties): pagemap_head;
     * }}
     */
    pagemap_head.create = function(properties) {
        return new pagemap_head(properties);
    };

    /**
     * Encodes the specified pagemap_head message. Does not implicitly {@link pagemap_head.verify|verify} messages.
     * @function encode
     * @memberof pagemap_head
     * @static
     * @param {pagemap_head.$Properties} message pagemap_head message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pagemap_head.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pages_id);
        if (message.amber_pages_hash != null && $Object.hasOwnProperty.call(message, "amber_pages_hash"))
            writer.uint32(/* id 1000, wireType 0 =*/8000).uint64(message.amber_pages_hash);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pagemap_head message from the specified reader or buffer.
     * @function decode
     * @memberof pagemap_head
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pagemap_head & pagemap_head.$Shape} pagemap_head
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pagemap_head.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pagemap_head();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.pages_id = reader.uint32();
                    continue;
                }
            case 1000: {
                    if (wireType !== 0)
                        break;
                    message.amber_pages_hash = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "pages_id"))
            throw $util.ProtocolError("missing required 'pages_id'", { instance: message });
        return message;
    };

    return pagemap_head;
})();

$root.pagemap_entry = (function() {

    /**
     * Properties of a pagemap_entry.
     * @typedef {Object} pagemap_entry.$Properties
     * @property {number|Long} vaddr pagemap_entry vaddr
     * @property {number} compat_nr_pages pagemap_entry compat_nr_pages
     * @property {boolean|null} [in_parent] pagemap_entry in_parent
     * @property {number|null} [flags] pagemap_entry flags
     * @property {number|Long|null} [nr_pages] pagemap_entry nr_pages
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pagemap_entry.
     * @exports Ipagemap_entry
     * @interface Ipagemap_entry
     * @augments pagemap_entry.$Properties
     * @deprecated Use pagemap_entry.$Properties instead.
     */

    /**
     * Shape of a pagemap_entry.
     * @typedef {pagemap_entry.$Properties} pagemap_entry.$Shape
     */

    /**
     * Constructs a new pagemap_entry.
     * @exports pagemap_entry
     * @classdesc Represents a pagemap_entry.
     * @constructor
     * @param {pagemap_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pagemap_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pagemap_entry vaddr.
     * @member {number|Long} vaddr
     * @memberof pagemap_entry
     * @instance
     */
    pagemap_entry.prototype.vaddr = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * pagemap_entry compat_nr_pages.
     * @member {number} compat_nr_pages
     * @memberof pagemap_entry
     * @instance
     */
    pagemap_entry.prototype.compat_nr_pages = 0;

    /**
     * pagemap_entry in_parent.
     * @member {boolean} in_parent
     * @memberof pagemap_entry
     * @instance
     */
    pagemap_entry.prototype.in_parent = false;

    /**
     * pagemap_entry flags.
     * @member {number} flags
     * @memberof pagemap_entry
     * @instance
     */
    pagemap_entry.prototype.flags = 0;

    /**
     * pagemap_entry nr_pages.
     * @member {number|Long} nr_pages
     * @memberof pagemap_entry
     * @instance
     */
    pagemap_entry.prototype.nr_pages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

    /**
     * Creates a new pagemap_entry instance using the specified properties.
     * @function create
     * @memberof pagemap_entry
     * @static
     * @param {pagemap_entry.$Properties=} [properties] Properties to set
     * @returns {pagemap_entry} pagemap_entry instance
     * @type {{
     *   (properties: pagemap_entry.$Shape): pagemap_entry & pagemap_entry.$Shape;
     *   (properties?: pagemap_entry.$Properties): pagemap_entry;
     * }}
     */
    pagemap_entry.create = function(properties) {
        return new pagemap_entry(properties);
    };

    /**
     * Encodes the specified pagemap_entry message. Does not implicitly {@link pagemap_entry.verify|verify} messages.
     * @function encode
     * @memberof pagemap_entry
     * @static
     * @param {pagemap_entry.$Properties} message pagemap_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pagemap_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.vaddr);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.compat_nr_pages);
        if (message.in_parent != null && $Object.hasOwnProperty.call(message, "in_parent"))
            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.in_parent);
        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.flags);
        if (message.nr_pages != null && $Object.hasOwnProperty.call(message, "nr_pages"))
            writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.nr_pages);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pagemap_entry message from the specified reader or buffer.
     * @function decode
     * @memberof pagemap_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pagemap_entry & pagemap_entry.$Shape} pagemap_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pagemap_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pagemap_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.vaddr = reader.uint64();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.compat_nr_pages = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.in_parent = reader.bool();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.nr_pages = reader.uint64();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "vaddr"))
            throw $util.ProtocolError("missing required 'vaddr'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "compat_nr_pages"))
            throw $util.ProtocolError("missing required 'compat_nr_pages'", { instance: message });
        return message;
    };

    return pagemap_entry;
})();

$root.pipe_data_entry = (function() {

    /**
     * Properties of a pipe_data_entry.
     * @typedef {Object} pipe_data_entry.$Properties
     * @property {number} pipe_id pipe_data_entry pipe_id
     * @property {number} bytes pipe_data_entry bytes
     * @property {number|null} [size] pipe_data_entry size
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pipe_data_entry.
     * @exports Ipipe_data_entry
     * @interface Ipipe_data_entry
     * @augments pipe_data_entry.$Properties
     * @deprecated Use pipe_data_entry.$Properties instead.
     */

    /**
     * Shape of a pipe_data_entry.
     * @typedef {pipe_data_entry.$Properties} pipe_data_entry.$Shape
     */

    /**
     * Constructs a new pipe_data_entry.
     * @exports pipe_data_entry
     * @classdesc Represents a pipe_data_entry.
     * @constructor
     * @param {pipe_data_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pipe_data_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pipe_data_entry pipe_id.
     * @member {number} pipe_id
     * @memberof pipe_data_entry
     * @instance
     */
    pipe_data_entry.prototype.pipe_id = 0;

    /**
     * pipe_data_entry bytes.
     * @member {number} bytes
     * @memberof pipe_data_entry
     * @instance
     */
    pipe_data_entry.prototype.bytes = 0;

    /**
     * pipe_data_entry size.
     * @member {number} size
     * @memberof pipe_data_entry
     * @instance
     */
    pipe_data_entry.prototype.size = 0;

    /**
     * Creates a new pipe_data_entry instance using the specified properties.
     * @function create
     * @memberof pipe_data_entry
     * @static
     * @param {pipe_data_entry.$Properties=} [properties] Properties to set
     * @returns {pipe_data_entry} pipe_data_entry instance
     * @type {{
     *   (properties: pipe_data_entry.$Shape): pipe_data_entry & pipe_data_entry.$Shape;
     *   (properties?: pipe_data_entry.$Properties): pipe_data_entry;
     * }}
     */
    pipe_data_entry.create = function(properties) {
        return new pipe_data_entry(properties);
    };

    /**
     * Encodes the specified pipe_data_entry message. Does not implicitly {@link pipe_data_entry.verify|verify} messages.
     * @function encode
     * @memberof pipe_data_entry
     * @static
     * @param {pipe_data_entry.$Properties} message pipe_data_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pipe_data_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pipe_id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bytes);
        if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.size);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pipe_data_entry message from the specified reader or buffer.
     * @function decode
     * @memberof pipe_data_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pipe_data_entry & pipe_data_entry.$Shape} pipe_data_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pipe_data_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pipe_data_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.pipe_id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.bytes = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.size = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "pipe_id"))
            throw $util.ProtocolError("missing required 'pipe_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "bytes"))
            throw $util.ProtocolError("missing required 'bytes'", { instance: message });
        return message;
    };

    return pipe_data_entry;
})();

$root.amber_ns_tids = (function() {

    /**
     * Properties of an amber_ns_tids.
     * @typedef {Object} amber_ns_tids.$Properties
     * @property {Array.<number>|null} [tid] amber_ns_tids tid
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an amber_ns_tids.
     * @exports Iamber_ns_tids
     * @interface Iamber_ns_tids
     * @augments amber_ns_tids.$Properties
     * @deprecated Use amber_ns_tids.$Properties instead.
     */

    /**
     * Shape of an amber_ns_tids.
     * @typedef {amber_ns_tids.$Properties} amber_ns_tids.$Shape
     */

    /**
     * Constructs a new amber_ns_tids.
     * @exports amber_ns_tids
     * @classdesc Represents an amber_ns_tids.
     * @constructor
     * @param {amber_ns_tids.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var amber_ns_tids = function (properties) {
        this.tid = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * amber_ns_tids tid.
     * @member {Array.<number>} tid
     * @memberof amber_ns_tids
     * @instance
     */
    amber_ns_tids.prototype.tid = $util.emptyArray;

    /**
     * Creates a new amber_ns_tids instance using the specified properties.
     * @function create
     * @memberof amber_ns_tids
     * @static
     * @param {amber_ns_tids.$Properties=} [properties] Properties to set
     * @returns {amber_ns_tids} amber_ns_tids instance
     * @type {{
     *   (properties: amber_ns_tids.$Shape): amber_ns_tids & amber_ns_tids.$Shape;
     *   (properties?: amber_ns_tids.$Properties): amber_ns_tids;
     * }}
     */
    amber_ns_tids.create = function(properties) {
        return new amber_ns_tids(properties);
    };

    /**
     * Encodes the specified amber_ns_tids message. Does not implicitly {@link amber_ns_tids.verify|verify} messages.
     * @function encode
     * @memberof amber_ns_tids
     * @static
     * @param {amber_ns_tids.$Properties} message amber_ns_tids message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    amber_ns_tids.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.tid != null && message.tid.length)
            for (var i = 0; i < message.tid.length; ++i)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tid[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes an amber_ns_tids message from the specified reader or buffer.
     * @function decode
     * @memberof amber_ns_tids
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {amber_ns_tids & amber_ns_tids.$Shape} amber_ns_tids
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    amber_ns_tids.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.amber_ns_tids();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType === 2) {
                        if (!(message.tid && message.tid.length))
                            message.tid = [];
                        reader.uint32s(message.tid);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.tid && message.tid.length))
                        message.tid = [];
                    message.tid.push(reader.uint32());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return amber_ns_tids;
})();

$root.pstree_entry = (function() {

    /**
     * Properties of a pstree_entry.
     * @typedef {Object} pstree_entry.$Properties
     * @property {number} pid pstree_entry pid
     * @property {number} ppid pstree_entry ppid
     * @property {number} pgid pstree_entry pgid
     * @property {number} sid pstree_entry sid
     * @property {Array.<number>|null} [threads] pstree_entry threads
     * @property {Array.<number>|null} [ns_pid] pstree_entry ns_pid
     * @property {Array.<number>|null} [ns_pgid] pstree_entry ns_pgid
     * @property {Array.<number>|null} [ns_sid] pstree_entry ns_sid
     * @property {boolean|null} [sid_inherited] pstree_entry sid_inherited
     * @property {boolean|null} [pgid_inherited] pstree_entry pgid_inherited
     * @property {Array.<amber_ns_tids.$Properties>|null} [ns_threads] pstree_entry ns_threads
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a pstree_entry.
     * @exports Ipstree_entry
     * @interface Ipstree_entry
     * @augments pstree_entry.$Properties
     * @deprecated Use pstree_entry.$Properties instead.
     */

    /**
     * Shape of a pstree_entry.
     * @typedef {pstree_entry.$Properties} pstree_entry.$Shape
     */

    /**
     * Constructs a new pstree_entry.
     * @exports pstree_entry
     * @classdesc Represents a pstree_entry.
     * @constructor
     * @param {pstree_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var pstree_entry = function (properties) {
        this.threads = [];
        this.ns_pid = [];
        this.ns_pgid = [];
        this.ns_sid = [];
        this.ns_threads = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * pstree_entry pid.
     * @member {number} pid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.pid = 0;

    /**
     * pstree_entry ppid.
     * @member {number} ppid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.ppid = 0;

    /**
     * pstree_entry pgid.
     * @member {number} pgid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.pgid = 0;

    /**
     * pstree_entry sid.
     * @member {number} sid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.sid = 0;

    /**
     * pstree_entry threads.
     * @member {Array.<number>} threads
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.threads = $util.emptyArray;

    /**
     * pstree_entry ns_pid.
     * @member {Array.<number>} ns_pid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.ns_pid = $util.emptyArray;

    /**
     * pstree_entry ns_pgid.
     * @member {Array.<number>} ns_pgid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.ns_pgid = $util.emptyArray;

    /**
     * pstree_entry ns_sid.
     * @member {Array.<number>} ns_sid
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.ns_sid = $util.emptyArray;

    /**
     * pstree_entry sid_inherited.
     * @member {boolean} sid_inherited
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.sid_inherited = false;

    /**
     * pstree_entry pgid_inherited.
     * @member {boolean} pgid_inherited
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.pgid_inherited = false;

    /**
     * pstree_entry ns_threads.
     * @member {Array.<amber_ns_tids.$Properties>} ns_threads
     * @memberof pstree_entry
     * @instance
     */
    pstree_entry.prototype.ns_threads = $util.emptyArray;

    /**
     * Creates a new pstree_entry instance using the specified properties.
     * @function create
     * @memberof pstree_entry
     * @static
     * @param {pstree_entry.$Properties=} [properties] Properties to set
     * @returns {pstree_entry} pstree_entry instance
     * @type {{
     *   (properties: pstree_entry.$Shape): pstree_entry & pstree_entry.$Shape;
     *   (properties?: pstree_entry.$Properties): pstree_entry;
     * }}
     */
    pstree_entry.create = function(properties) {
        return new pstree_entry(properties);
    };

    /**
     * Encodes the specified pstree_entry message. Does not implicitly {@link pstree_entry.verify|verify} messages.
     * @function encode
     * @memberof pstree_entry
     * @static
     * @param {pstree_entry.$Properties} message pstree_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    pstree_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ppid);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pgid);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.sid);
        if (message.threads != null && message.threads.length)
            for (var i = 0; i < message.threads.length; ++i)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.threads[i]);
        if (message.ns_pid != null && message.ns_pid.length)
            for (var i = 0; i < message.ns_pid.length; ++i)
                writer.uint32(/* id 1000, wireType 0 =*/8000).uint32(message.ns_pid[i]);
        if (message.ns_pgid != null && message.ns_pgid.length)
            for (var i = 0; i < message.ns_pgid.length; ++i)
                writer.uint32(/* id 1001, wireType 0 =*/8008).uint32(message.ns_pgid[i]);
        if (message.ns_sid != null && message.ns_sid.length)
            for (var i = 0; i < message.ns_sid.length; ++i)
                writer.uint32(/* id 1002, wireType 0 =*/8016).uint32(message.ns_sid[i]);
        if (message.sid_inherited != null && $Object.hasOwnProperty.call(message, "sid_inherited"))
            writer.uint32(/* id 1003, wireType 0 =*/8024).bool(message.sid_inherited);
        if (message.pgid_inherited != null && $Object.hasOwnProperty.call(message, "pgid_inherited"))
            writer.uint32(/* id 1004, wireType 0 =*/8032).bool(message.pgid_inherited);
        if (message.ns_threads != null && message.ns_threads.length)
            for (var i = 0; i < message.ns_threads.length; ++i)
                $root.amber_ns_tids.encode(message.ns_threads[i], writer.uint32(/* id 1005, wireType 2 =*/8042).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a pstree_entry message from the specified reader or buffer.
     * @function decode
     * @memberof pstree_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {pstree_entry & pstree_entry.$Shape} pstree_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    pstree_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.pstree_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.pid = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ppid = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.pgid = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.sid = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType === 2) {
                        if (!(message.threads && message.threads.length))
                            message.threads = [];
                        reader.uint32s(message.threads);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.threads && message.threads.length))
                        message.threads = [];
                    message.threads.push(reader.uint32());
                    continue;
                }
            case 1000: {
                    if (wireType === 2) {
                        if (!(message.ns_pid && message.ns_pid.length))
                            message.ns_pid = [];
                        reader.uint32s(message.ns_pid);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.ns_pid && message.ns_pid.length))
                        message.ns_pid = [];
                    message.ns_pid.push(reader.uint32());
                    continue;
                }
            case 1001: {
                    if (wireType === 2) {
                        if (!(message.ns_pgid && message.ns_pgid.length))
                            message.ns_pgid = [];
                        reader.uint32s(message.ns_pgid);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.ns_pgid && message.ns_pgid.length))
                        message.ns_pgid = [];
                    message.ns_pgid.push(reader.uint32());
                    continue;
                }
            case 1002: {
                    if (wireType === 2) {
                        if (!(message.ns_sid && message.ns_sid.length))
                            message.ns_sid = [];
                        reader.uint32s(message.ns_sid);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.ns_sid && message.ns_sid.length))
                        message.ns_sid = [];
                    message.ns_sid.push(reader.uint32());
                    continue;
                }
            case 1003: {
                    if (wireType !== 0)
                        break;
                    message.sid_inherited = reader.bool();
                    continue;
                }
            case 1004: {
                    if (wireType !== 0)
                        break;
                    message.pgid_inherited = reader.bool();
                    continue;
                }
            case 1005: {
                    if (wireType !== 2)
                        break;
                    if (!(message.ns_threads && message.ns_threads.length))
                        message.ns_threads = [];
                    message.ns_threads.push($root.amber_ns_tids.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "pid"))
            throw $util.ProtocolError("missing required 'pid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ppid"))
            throw $util.ProtocolError("missing required 'ppid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pgid"))
            throw $util.ProtocolError("missing required 'pgid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sid"))
            throw $util.ProtocolError("missing required 'sid'", { instance: message });
        return message;
    };

    return pstree_entry;
})();

$root.seccomp_filter = (function() {

    /**
     * Properties of a seccomp_filter.
     * @typedef {Object} seccomp_filter.$Properties
     * @property {Uint8Array} filter seccomp_filter filter
     * @property {number|null} [prev] seccomp_filter prev
     * @property {number|null} [flags] seccomp_filter flags
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a seccomp_filter.
     * @exports Iseccomp_filter
     * @interface Iseccomp_filter
     * @augments seccomp_filter.$Properties
     * @deprecated Use seccomp_filter.$Properties instead.
     */

    /**
     * Shape of a seccomp_filter.
     * @typedef {seccomp_filter.$Properties} seccomp_filter.$Shape
     */

    /**
     * Constructs a new seccomp_filter.
     * @exports seccomp_filter
     * @classdesc Represents a seccomp_filter.
     * @constructor
     * @param {seccomp_filter.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var seccomp_filter = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * seccomp_filter filter.
     * @member {Uint8Array} filter
     * @memberof seccomp_filter
     * @instance
     */
    seccomp_filter.prototype.filter = $util.newBuffer([]);

    /**
     * seccomp_filter prev.
     * @member {number} prev
     * @memberof seccomp_filter
     * @instance
     */
    seccomp_filter.prototype.prev = 0;

    /**
     * seccomp_filter flags.
     * @member {number} flags
     * @memberof seccomp_filter
     * @instance
     */
    seccomp_filter.prototype.flags = 0;

    /**
     * Creates a new seccomp_filter instance using the specified properties.
     * @function create
     * @memberof seccomp_filter
     * @static
     * @param {seccomp_filter.$Properties=} [properties] Properties to set
     * @returns {seccomp_filter} seccomp_filter instance
     * @type {{
     *   (properties: seccomp_filter.$Shape): seccomp_filter & seccomp_filter.$Shape;
     *   (properties?: seccomp_filter.$Properties): seccomp_filter;
     * }}
     */
    seccomp_filter.create = function(properties) {
        return new seccomp_filter(properties);
    };

    /**
     * Encodes the specified seccomp_filter message. Does not implicitly {@link seccomp_filter.verify|verify} messages.
     * @function encode
     * @memberof seccomp_filter
     * @static
     * @param {seccomp_filter.$Properties} message seccomp_filter message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    seccomp_filter.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.filter);
        if (message.prev != null && $Object.hasOwnProperty.call(message, "prev"))
            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.prev);
        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a seccomp_filter message from the specified reader or buffer.
     * @function decode
     * @memberof seccomp_filter
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {seccomp_filter & seccomp_filter.$Shape} seccomp_filter
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    seccomp_filter.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.seccomp_filter();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    message.filter = reader.bytes();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.prev = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "filter"))
            throw $util.ProtocolError("missing required 'filter'", { instance: message });
        return message;
    };

    return seccomp_filter;
})();

$root.seccomp_entry = (function() {

    /**
     * Properties of a seccomp_entry.
     * @typedef {Object} seccomp_entry.$Properties
     * @property {Array.<seccomp_filter.$Properties>|null} [seccomp_filters] seccomp_entry seccomp_filters
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a seccomp_entry.
     * @exports Iseccomp_entry
     * @interface Iseccomp_entry
     * @augments seccomp_entry.$Properties
     * @deprecated Use seccomp_entry.$Properties instead.
     */

    /**
     * Shape of a seccomp_entry.
     * @typedef {seccomp_entry.$Properties} seccomp_entry.$Shape
     */

    /**
     * Constructs a new seccomp_entry.
     * @exports seccomp_entry
     * @classdesc Represents a seccomp_entry.
     * @constructor
     * @param {seccomp_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var seccomp_entry = function (properties) {
        this.seccomp_filters = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * seccomp_entry seccomp_filters.
     * @member {Array.<seccomp_filter.$Properties>} seccomp_filters
     * @memberof seccomp_entry
     * @instance
     */
    seccomp_entry.prototype.seccomp_filters = $util.emptyArray;

    /**
     * Creates a new seccomp_entry instance using the specified properties.
     * @function create
     * @memberof seccomp_entry
     * @static
     * @param {seccomp_entry.$Properties=} [properties] Properties to set
     * @returns {seccomp_entry} seccomp_entry instance
     * @type {{
     *   (properties: seccomp_entry.$Shape): seccomp_entry & seccomp_entry.$Shape;
     *   (properties?: seccomp_entry.$Properties): seccomp_entry;
     * }}
     */
    seccomp_entry.create = function(properties) {
        return new seccomp_entry(properties);
    };

    /**
     * Encodes the specified seccomp_entry message. Does not implicitly {@link seccomp_entry.verify|verify} messages.
     * @function encode
     * @memberof seccomp_entry
     * @static
     * @param {seccomp_entry.$Properties} message seccomp_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    seccomp_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.seccomp_filters != null && message.seccomp_filters.length)
            for (var i = 0; i < message.seccomp_filters.length; ++i)
                $root.seccomp_filter.encode(message.seccomp_filters[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a seccomp_entry message from the specified reader or buffer.
     * @function decode
     * @memberof seccomp_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {seccomp_entry & seccomp_entry.$Shape} seccomp_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    seccomp_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.seccomp_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if (!(message.seccomp_filters && message.seccomp_filters.length))
                        message.seccomp_filters = [];
                    message.seccomp_filters.push($root.seccomp_filter.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return seccomp_entry;
})();

$root.netlink_sk_entry = (function() {

    /**
     * Properties of a netlink_sk_entry.
     * @typedef {Object} netlink_sk_entry.$Properties
     * @property {number} id netlink_sk_entry id
     * @property {number} ino netlink_sk_entry ino
     * @property {number} protocol netlink_sk_entry protocol
     * @property {number} state netlink_sk_entry state
     * @property {number} flags netlink_sk_entry flags
     * @property {number} portid netlink_sk_entry portid
     * @property {Array.<number>|null} [groups] netlink_sk_entry groups
     * @property {number} dst_portid netlink_sk_entry dst_portid
     * @property {number} dst_group netlink_sk_entry dst_group
     * @property {fown_entry.$Properties} fown netlink_sk_entry fown
     * @property {sk_opts_entry.$Properties} opts netlink_sk_entry opts
     * @property {number|null} [ns_id] netlink_sk_entry ns_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a netlink_sk_entry.
     * @exports Inetlink_sk_entry
     * @interface Inetlink_sk_entry
     * @augments netlink_sk_entry.$Properties
     * @deprecated Use netlink_sk_entry.$Properties instead.
     */

    /**
     * Shape of a netlink_sk_entry.
     * @typedef {netlink_sk_entry.$Properties} netlink_sk_entry.$Shape
     */

    /**
     * Constructs a new netlink_sk_entry.
     * @exports netlink_sk_entry
     * @classdesc Represents a netlink_sk_entry.
     * @constructor
     * @param {netlink_sk_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var netlink_sk_entry = function (properties) {
        this.groups = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * netlink_sk_entry id.
     * @member {number} id
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.id = 0;

    /**
     * netlink_sk_entry ino.
     * @member {number} ino
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.ino = 0;

    /**
     * netlink_sk_entry protocol.
     * @member {number} protocol
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.protocol = 0;

    /**
     * netlink_sk_entry state.
     * @member {number} state
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.state = 0;

    /**
     * netlink_sk_entry flags.
     * @member {number} flags
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.flags = 0;

    /**
     * netlink_sk_entry portid.
     * @member {number} portid
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.portid = 0;

    /**
     * netlink_sk_entry groups.
     * @member {Array.<number>} groups
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.groups = $util.emptyArray;

    /**
     * netlink_sk_entry dst_portid.
     * @member {number} dst_portid
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.dst_portid = 0;

    /**
     * netlink_sk_entry dst_group.
     * @member {number} dst_group
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.dst_group = 0;

    /**
     * netlink_sk_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.fown = null;

    /**
     * netlink_sk_entry opts.
     * @member {sk_opts_entry.$Properties} opts
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.opts = null;

    /**
     * netlink_sk_entry ns_id.
     * @member {number} ns_id
     * @memberof netlink_sk_entry
     * @instance
     */
    netlink_sk_entry.prototype.ns_id = 0;

    /**
     * Creates a new netlink_sk_entry instance using the specified properties.
     * @function create
     * @memberof netlink_sk_entry
     * @static
     * @param {netlink_sk_entry.$Properties=} [properties] Properties to set
     * @returns {netlink_sk_entry} netlink_sk_entry instance
     * @type {{
     *   (properties: netlink_sk_entry.$Shape): netlink_sk_entry & netlink_sk_entry.$Shape;
     *   (properties?: netlink_sk_entry.$Properties): netlink_sk_entry;
     * }}
     */
    netlink_sk_entry.create = function(properties) {
        return new netlink_sk_entry(properties);
    };

    /**
     * Encodes the specified netlink_sk_entry message. Does not implicitly {@link netlink_sk_entry.verify|verify} messages.
     * @function encode
     * @memberof netlink_sk_entry
     * @static
     * @param {netlink_sk_entry.$Properties} message netlink_sk_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    netlink_sk_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ino);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocol);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.state);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.flags);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.portid);
        if (message.groups != null && message.groups.length)
            for (var i = 0; i < message.groups.length; ++i)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.groups[i]);
        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.dst_portid);
        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.dst_group);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        $root.sk_opts_entry.encode(message.opts, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.ns_id != null && $Object.hasOwnProperty.call(message, "ns_id"))
            writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.ns_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a netlink_sk_entry message from the specified reader or buffer.
     * @function decode
     * @memberof netlink_sk_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {netlink_sk_entry & netlink_sk_entry.$Shape} netlink_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    netlink_sk_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.netlink_sk_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ino = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.protocol = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.state = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.portid = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType === 2) {
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        reader.uint32s(message.groups);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.groups && message.groups.length))
                        message.groups = [];
                    message.groups.push(reader.uint32());
                    continue;
                }
            case 9: {
                    if (wireType !== 0)
                        break;
                    message.dst_portid = reader.uint32();
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.dst_group = reader.uint32();
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.opts = $root.sk_opts_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.opts);
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.ns_id = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ino"))
            throw $util.ProtocolError("missing required 'ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "protocol"))
            throw $util.ProtocolError("missing required 'protocol'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "state"))
            throw $util.ProtocolError("missing required 'state'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "portid"))
            throw $util.ProtocolError("missing required 'portid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "dst_portid"))
            throw $util.ProtocolError("missing required 'dst_portid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "dst_group"))
            throw $util.ProtocolError("missing required 'dst_group'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "opts"))
            throw $util.ProtocolError("missing required 'opts'", { instance: message });
        return message;
    };

    return netlink_sk_entry;
})();

$root.scm_entry = (function() {

    /**
     * Properties of a scm_entry.
     * @typedef {Object} scm_entry.$Properties
     * @property {number} type scm_entry type
     * @property {Array.<number>|null} [rights] scm_entry rights
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a scm_entry.
     * @exports Iscm_entry
     * @interface Iscm_entry
     * @augments scm_entry.$Properties
     * @deprecated Use scm_entry.$Properties instead.
     */

    /**
     * Shape of a scm_entry.
     * @typedef {scm_entry.$Properties} scm_entry.$Shape
     */

    /**
     * Constructs a new scm_entry.
     * @exports scm_entry
     * @classdesc Represents a scm_entry.
     * @constructor
     * @param {scm_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var scm_entry = function (properties) {
        this.rights = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * scm_entry type.
     * @member {number} type
     * @memberof scm_entry
     * @instance
     */
    scm_entry.prototype.type = 0;

    /**
     * scm_entry rights.
     * @member {Array.<number>} rights
     * @memberof scm_entry
     * @instance
     */
    scm_entry.prototype.rights = $util.emptyArray;

    /**
     * Creates a new scm_entry instance using the specified properties.
     * @function create
     * @memberof scm_entry
     * @static
     * @param {scm_entry.$Properties=} [properties] Properties to set
     * @returns {scm_entry} scm_entry instance
     * @type {{
     *   (properties: scm_entry.$Shape): scm_entry & scm_entry.$Shape;
     *   (properties?: scm_entry.$Properties): scm_entry;
     * }}
     */
    scm_entry.create = function(properties) {
        return new scm_entry(properties);
    };

    /**
     * Encodes the specified scm_entry message. Does not implicitly {@link scm_entry.verify|verify} messages.
     * @function encode
     * @memberof scm_entry
     * @static
     * @param {scm_entry.$Properties} message scm_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    scm_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.type);
        if (message.rights != null && message.rights.length)
            for (var i = 0; i < message.rights.length; ++i)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.rights[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a scm_entry message from the specified reader or buffer.
     * @function decode
     * @memberof scm_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {scm_entry & scm_entry.$Shape} scm_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    scm_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.scm_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.type = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType === 2) {
                        if (!(message.rights && message.rights.length))
                            message.rights = [];
                        reader.uint32s(message.rights);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.rights && message.rights.length))
                        message.rights = [];
                    message.rights.push(reader.uint32());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        return message;
    };

    return scm_entry;
})();

$root.sk_ucred_entry = (function() {

    /**
     * Properties of a sk_ucred_entry.
     * @typedef {Object} sk_ucred_entry.$Properties
     * @property {number} uid sk_ucred_entry uid
     * @property {number} gid sk_ucred_entry gid
     * @property {number} pid sk_ucred_entry pid
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a sk_ucred_entry.
     * @exports Isk_ucred_entry
     * @interface Isk_ucred_entry
     * @augments sk_ucred_entry.$Properties
     * @deprecated Use sk_ucred_entry.$Properties instead.
     */

    /**
     * Shape of a sk_ucred_entry.
     * @typedef {sk_ucred_entry.$Properties} sk_ucred_entry.$Shape
     */

    /**
     * Constructs a new sk_ucred_entry.
     * @exports sk_ucred_entry
     * @classdesc Represents a sk_ucred_entry.
     * @constructor
     * @param {sk_ucred_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var sk_ucred_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * sk_ucred_entry uid.
     * @member {number} uid
     * @memberof sk_ucred_entry
     * @instance
     */
    sk_ucred_entry.prototype.uid = 0;

    /**
     * sk_ucred_entry gid.
     * @member {number} gid
     * @memberof sk_ucred_entry
     * @instance
     */
    sk_ucred_entry.prototype.gid = 0;

    /**
     * sk_ucred_entry pid.
     * @member {number} pid
     * @memberof sk_ucred_entry
     * @instance
     */
    sk_ucred_entry.prototype.pid = 0;

    /**
     * Creates a new sk_ucred_entry instance using the specified properties.
     * @function create
     * @memberof sk_ucred_entry
     * @static
     * @param {sk_ucred_entry.$Properties=} [properties] Properties to set
     * @returns {sk_ucred_entry} sk_ucred_entry instance
     * @type {{
     *   (properties: sk_ucred_entry.$Shape): sk_ucred_entry & sk_ucred_entry.$Shape;
     *   (properties?: sk_ucred_entry.$Properties): sk_ucred_entry;
     * }}
     */
    sk_ucred_entry.create = function(properties) {
        return new sk_ucred_entry(properties);
    };

    /**
     * Encodes the specified sk_ucred_entry message. Does not implicitly {@link sk_ucred_entry.verify|verify} messages.
     * @function encode
     * @memberof sk_ucred_entry
     * @static
     * @param {sk_ucred_entry.$Properties} message sk_ucred_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    sk_ucred_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uid);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.gid);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a sk_ucred_entry message from the specified reader or buffer.
     * @function decode
     * @memberof sk_ucred_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {sk_ucred_entry & sk_ucred_entry.$Shape} sk_ucred_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    sk_ucred_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.sk_ucred_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.uid = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.gid = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.pid = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "uid"))
            throw $util.ProtocolError("missing required 'uid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gid"))
            throw $util.ProtocolError("missing required 'gid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pid"))
            throw $util.ProtocolError("missing required 'pid'", { instance: message });
        return message;
    };

    return sk_ucred_entry;
})();

$root.sk_packet_entry = (function() {

    /**
     * Properties of a sk_packet_entry.
     * @typedef {Object} sk_packet_entry.$Properties
     * @property {number} id_for sk_packet_entry id_for
     * @property {number} length sk_packet_entry length
     * @property {Uint8Array|null} [addr] sk_packet_entry addr
     * @property {Array.<scm_entry.$Properties>|null} [scm] sk_packet_entry scm
     * @property {sk_ucred_entry.$Properties|null} [ucred] sk_packet_entry ucred
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a sk_packet_entry.
     * @exports Isk_packet_entry
     * @interface Isk_packet_entry
     * @augments sk_packet_entry.$Properties
     * @deprecated Use sk_packet_entry.$Properties instead.
     */

    /**
     * Shape of a sk_packet_entry.
     * @typedef {sk_packet_entry.$Properties} sk_packet_entry.$Shape
     */

    /**
     * Constructs a new sk_packet_entry.
     * @exports sk_packet_entry
     * @classdesc Represents a sk_packet_entry.
     * @constructor
     * @param {sk_packet_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var sk_packet_entry = function (properties) {
        this.scm = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * sk_packet_entry id_for.
     * @member {number} id_for
     * @memberof sk_packet_entry
     * @instance
     */
    sk_packet_entry.prototype.id_for = 0;

    /**
     * sk_packet_entry length.
     * @member {number} length
     * @memberof sk_packet_entry
     * @instance
     */
    sk_packet_entry.prototype.length = 0;

    /**
     * sk_packet_entry addr.
     * @member {Uint8Array} addr
     * @memberof sk_packet_entry
     * @instance
     */
    sk_packet_entry.prototype.addr = $util.newBuffer([]);

    /**
     * sk_packet_entry scm.
     * @member {Array.<scm_entry.$Properties>} scm
     * @memberof sk_packet_entry
     * @instance
     */
    sk_packet_entry.prototype.scm = $util.emptyArray;

    /**
     * sk_packet_entry ucred.
     * @member {sk_ucred_entry.$Properties|null|undefined} ucred
     * @memberof sk_packet_entry
     * @instance
     */
    sk_packet_entry.prototype.ucred = null;

    /**
     * Creates a new sk_packet_entry instance using the specified properties.
     * @function create
     * @memberof sk_packet_entry
     * @static
     * @param {sk_packet_entry.$Properties=} [properties] Properties to set
     * @returns {sk_packet_entry} sk_packet_entry instance
     * @type {{
     *   (properties: sk_packet_entry.$Shape): sk_packet_entry & sk_packet_entry.$Shape;
     *   (properties?: sk_packet_entry.$Properties): sk_packet_entry;
     * }}
     */
    sk_packet_entry.create = function(properties) {
        return new sk_packet_entry(properties);
    };

    /**
     * Encodes the specified sk_packet_entry message. Does not implicitly {@link sk_packet_entry.verify|verify} messages.
     * @function encode
     * @memberof sk_packet_entry
     * @static
     * @param {sk_packet_entry.$Properties} message sk_packet_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    sk_packet_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id_for);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
        if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.addr);
        if (message.scm != null && message.scm.length)
            for (var i = 0; i < message.scm.length; ++i)
                $root.scm_entry.encode(message.scm[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.ucred != null && $Object.hasOwnProperty.call(message, "ucred"))
            $root.sk_ucred_entry.encode(message.ucred, writer.uint32(/* id 128, wireType 2 =*/1026).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a sk_packet_entry message from the specified reader or buffer.
     * @function decode
     * @memberof sk_packet_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {sk_packet_entry & sk_packet_entry.$Shape} sk_packet_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    sk_packet_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.sk_packet_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id_for = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.length = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    message.addr = reader.bytes();
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if (!(message.scm && message.scm.length))
                        message.scm = [];
                    message.scm.push($root.scm_entry.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            case 128: {
                    if (wireType !== 2)
                        break;
                    message.ucred = $root.sk_ucred_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.ucred);
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id_for"))
            throw $util.ProtocolError("missing required 'id_for'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "length"))
            throw $util.ProtocolError("missing required 'length'", { instance: message });
        return message;
    };

    return sk_packet_entry;
})();

$root.file_perms_entry = (function() {

    /**
     * Properties of a file_perms_entry.
     * @typedef {Object} file_perms_entry.$Properties
     * @property {number} mode file_perms_entry mode
     * @property {number} uid file_perms_entry uid
     * @property {number} gid file_perms_entry gid
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a file_perms_entry.
     * @exports Ifile_perms_entry
     * @interface Ifile_perms_entry
     * @augments file_perms_entry.$Properties
     * @deprecated Use file_perms_entry.$Properties instead.
     */

    /**
     * Shape of a file_perms_entry.
     * @typedef {file_perms_entry.$Properties} file_perms_entry.$Shape
     */

    /**
     * Constructs a new file_perms_entry.
     * @exports file_perms_entry
     * @classdesc Represents a file_perms_entry.
     * @constructor
     * @param {file_perms_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var file_perms_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * file_perms_entry mode.
     * @member {number} mode
     * @memberof file_perms_entry
     * @instance
     */
    file_perms_entry.prototype.mode = 0;

    /**
     * file_perms_entry uid.
     * @member {number} uid
     * @memberof file_perms_entry
     * @instance
     */
    file_perms_entry.prototype.uid = 0;

    /**
     * file_perms_entry gid.
     * @member {number} gid
     * @memberof file_perms_entry
     * @instance
     */
    file_perms_entry.prototype.gid = 0;

    /**
     * Creates a new file_perms_entry instance using the specified properties.
     * @function create
     * @memberof file_perms_entry
     * @static
     * @param {file_perms_entry.$Properties=} [properties] Properties to set
     * @returns {file_perms_entry} file_perms_entry instance
     * @type {{
     *   (properties: file_perms_entry.$Shape): file_perms_entry & file_perms_entry.$Shape;
     *   (properties?: file_perms_entry.$Properties): file_perms_entry;
     * }}
     */
    file_perms_entry.create = function(properties) {
        return new file_perms_entry(properties);
    };

    /**
     * Encodes the specified file_perms_entry message. Does not implicitly {@link file_perms_entry.verify|verify} messages.
     * @function encode
     * @memberof file_perms_entry
     * @static
     * @param {file_perms_entry.$Properties} message file_perms_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    file_perms_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.mode);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.uid);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.gid);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a file_perms_entry message from the specified reader or buffer.
     * @function decode
     * @memberof file_perms_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {file_perms_entry & file_perms_entry.$Shape} file_perms_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    file_perms_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.file_perms_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.mode = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.uid = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.gid = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "mode"))
            throw $util.ProtocolError("missing required 'mode'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "uid"))
            throw $util.ProtocolError("missing required 'uid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "gid"))
            throw $util.ProtocolError("missing required 'gid'", { instance: message });
        return message;
    };

    return file_perms_entry;
})();

$root.unix_sk_entry = (function() {

    /**
     * Properties of a unix_sk_entry.
     * @typedef {Object} unix_sk_entry.$Properties
     * @property {number} id unix_sk_entry id
     * @property {number} ino unix_sk_entry ino
     * @property {number} type unix_sk_entry type
     * @property {number} state unix_sk_entry state
     * @property {number} flags unix_sk_entry flags
     * @property {number} uflags unix_sk_entry uflags
     * @property {number} backlog unix_sk_entry backlog
     * @property {number} peer unix_sk_entry peer
     * @property {fown_entry.$Properties} fown unix_sk_entry fown
     * @property {sk_opts_entry.$Properties} opts unix_sk_entry opts
     * @property {Uint8Array} name unix_sk_entry name
     * @property {sk_shutdown|null} [shutdown] unix_sk_entry shutdown
     * @property {file_perms_entry.$Properties|null} [file_perms] unix_sk_entry file_perms
     * @property {string|null} [name_dir] unix_sk_entry name_dir
     * @property {boolean|null} [deleted] unix_sk_entry deleted
     * @property {number|null} [ns_id] unix_sk_entry ns_id
     * @property {number|null} [mnt_id] unix_sk_entry mnt_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a unix_sk_entry.
     * @exports Iunix_sk_entry
     * @interface Iunix_sk_entry
     * @augments unix_sk_entry.$Properties
     * @deprecated Use unix_sk_entry.$Properties instead.
     */

    /**
     * Shape of a unix_sk_entry.
     * @typedef {unix_sk_entry.$Properties} unix_sk_entry.$Shape
     */

    /**
     * Constructs a new unix_sk_entry.
     * @exports unix_sk_entry
     * @classdesc Represents a unix_sk_entry.
     * @constructor
     * @param {unix_sk_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var unix_sk_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * unix_sk_entry id.
     * @member {number} id
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.id = 0;

    /**
     * unix_sk_entry ino.
     * @member {number} ino
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.ino = 0;

    /**
     * unix_sk_entry type.
     * @member {number} type
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.type = 0;

    /**
     * unix_sk_entry state.
     * @member {number} state
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.state = 0;

    /**
     * unix_sk_entry flags.
     * @member {number} flags
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.flags = 0;

    /**
     * unix_sk_entry uflags.
     * @member {number} uflags
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.uflags = 0;

    /**
     * unix_sk_entry backlog.
     * @member {number} backlog
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.backlog = 0;

    /**
     * unix_sk_entry peer.
     * @member {number} peer
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.peer = 0;

    /**
     * unix_sk_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.fown = null;

    /**
     * unix_sk_entry opts.
     * @member {sk_opts_entry.$Properties} opts
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.opts = null;

    /**
     * unix_sk_entry name.
     * @member {Uint8Array} name
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.name = $util.newBuffer([]);

    /**
     * unix_sk_entry shutdown.
     * @member {sk_shutdown} shutdown
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.shutdown = 0;

    /**
     * unix_sk_entry file_perms.
     * @member {file_perms_entry.$Properties|null|undefined} file_perms
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.file_perms = null;

    /**
     * unix_sk_entry name_dir.
     * @member {string} name_dir
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.name_dir = "";

    /**
     * unix_sk_entry deleted.
     * @member {boolean} deleted
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.deleted = false;

    /**
     * unix_sk_entry ns_id.
     * @member {number} ns_id
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.ns_id = 0;

    /**
     * unix_sk_entry mnt_id.
     * @member {number} mnt_id
     * @memberof unix_sk_entry
     * @instance
     */
    unix_sk_entry.prototype.mnt_id = -1;

    /**
     * Creates a new unix_sk_entry instance using the specified properties.
     * @function create
     * @memberof unix_sk_entry
     * @static
     * @param {unix_sk_entry.$Properties=} [properties] Properties to set
     * @returns {unix_sk_entry} unix_sk_entry instance
     * @type {{
     *   (properties: unix_sk_entry.$Shape): unix_sk_entry & unix_sk_entry.$Shape;
     *   (properties?: unix_sk_entry.$Properties): unix_sk_entry;
     * }}
     */
    unix_sk_entry.create = function(properties) {
        return new unix_sk_entry(properties);
    };

    /**
     * Encodes the specified unix_sk_entry message. Does not implicitly {@link unix_sk_entry.verify|verify} messages.
     * @function encode
     * @memberof unix_sk_entry
     * @static
     * @param {unix_sk_entry.$Properties} message unix_sk_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    unix_sk_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ino);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.type);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.state);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.flags);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.uflags);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.backlog);
        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.peer);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
        $root.sk_opts_entry.encode(message.opts, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.name);
        if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
            writer.uint32(/* id 12, wireType 0 =*/96).int32(message.shutdown);
        if (message.file_perms != null && $Object.hasOwnProperty.call(message, "file_perms"))
            $root.file_perms_entry.encode(message.file_perms, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.name_dir != null && $Object.hasOwnProperty.call(message, "name_dir"))
            writer.uint32(/* id 14, wireType 2 =*/114).string(message.name_dir);
        if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
            writer.uint32(/* id 15, wireType 0 =*/120).bool(message.deleted);
        if (message.ns_id != null && $Object.hasOwnProperty.call(message, "ns_id"))
            writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.ns_id);
        if (message.mnt_id != null && $Object.hasOwnProperty.call(message, "mnt_id"))
            writer.uint32(/* id 17, wireType 0 =*/136).sint32(message.mnt_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a unix_sk_entry message from the specified reader or buffer.
     * @function decode
     * @memberof unix_sk_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {unix_sk_entry & unix_sk_entry.$Shape} unix_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    unix_sk_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.unix_sk_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ino = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.type = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.state = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.uflags = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.backlog = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.peer = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.opts = $root.sk_opts_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.opts);
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.name = reader.bytes();
                    continue;
                }
            case 12: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.sk_shutdown[value] !== $undefined)
                        message.shutdown = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.file_perms = $root.file_perms_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.file_perms);
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.name_dir = reader.string();
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.deleted = reader.bool();
                    continue;
                }
            case 16: {
                    if (wireType !== 0)
                        break;
                    message.ns_id = reader.uint32();
                    continue;
                }
            case 17: {
                    if (wireType !== 0)
                        break;
                    message.mnt_id = reader.sint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ino"))
            throw $util.ProtocolError("missing required 'ino'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "state"))
            throw $util.ProtocolError("missing required 'state'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "uflags"))
            throw $util.ProtocolError("missing required 'uflags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "backlog"))
            throw $util.ProtocolError("missing required 'backlog'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "peer"))
            throw $util.ProtocolError("missing required 'peer'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "opts"))
            throw $util.ProtocolError("missing required 'opts'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "name"))
            throw $util.ProtocolError("missing required 'name'", { instance: message });
        return message;
    };

    return unix_sk_entry;
})();

$root.winsize_entry = (function() {

    /**
     * Properties of a winsize_entry.
     * @typedef {Object} winsize_entry.$Properties
     * @property {number} ws_row winsize_entry ws_row
     * @property {number} ws_col winsize_entry ws_col
     * @property {number} ws_xpixel winsize_entry ws_xpixel
     * @property {number} ws_ypixel winsize_entry ws_ypixel
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a winsize_entry.
     * @exports Iwinsize_entry
     * @interface Iwinsize_entry
     * @augments winsize_entry.$Properties
     * @deprecated Use winsize_entry.$Properties instead.
     */

    /**
     * Shape of a winsize_entry.
     * @typedef {winsize_entry.$Properties} winsize_entry.$Shape
     */

    /**
     * Constructs a new winsize_entry.
     * @exports winsize_entry
     * @classdesc Represents a winsize_entry.
     * @constructor
     * @param {winsize_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var winsize_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * winsize_entry ws_row.
     * @member {number} ws_row
     * @memberof winsize_entry
     * @instance
     */
    winsize_entry.prototype.ws_row = 0;

    /**
     * winsize_entry ws_col.
     * @member {number} ws_col
     * @memberof winsize_entry
     * @instance
     */
    winsize_entry.prototype.ws_col = 0;

    /**
     * winsize_entry ws_xpixel.
     * @member {number} ws_xpixel
     * @memberof winsize_entry
     * @instance
     */
    winsize_entry.prototype.ws_xpixel = 0;

    /**
     * winsize_entry ws_ypixel.
     * @member {number} ws_ypixel
     * @memberof winsize_entry
     * @instance
     */
    winsize_entry.prototype.ws_ypixel = 0;

    /**
     * Creates a new winsize_entry instance using the specified properties.
     * @function create
     * @memberof winsize_entry
     * @static
     * @param {winsize_entry.$Properties=} [properties] Properties to set
     * @returns {winsize_entry} winsize_entry instance
     * @type {{
     *   (properties: winsize_entry.$Shape): winsize_entry & winsize_entry.$Shape;
     *   (properties?: winsize_entry.$Properties): winsize_entry;
     * }}
     */
    winsize_entry.create = function(properties) {
        return new winsize_entry(properties);
    };

    /**
     * Encodes the specified winsize_entry message. Does not implicitly {@link winsize_entry.verify|verify} messages.
     * @function encode
     * @memberof winsize_entry
     * @static
     * @param {winsize_entry.$Properties} message winsize_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    winsize_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ws_row);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ws_col);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.ws_xpixel);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ws_ypixel);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a winsize_entry message from the specified reader or buffer.
     * @function decode
     * @memberof winsize_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {winsize_entry & winsize_entry.$Shape} winsize_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    winsize_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.winsize_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.ws_row = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.ws_col = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.ws_xpixel = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.ws_ypixel = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "ws_row"))
            throw $util.ProtocolError("missing required 'ws_row'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ws_col"))
            throw $util.ProtocolError("missing required 'ws_col'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ws_xpixel"))
            throw $util.ProtocolError("missing required 'ws_xpixel'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "ws_ypixel"))
            throw $util.ProtocolError("missing required 'ws_ypixel'", { instance: message });
        return message;
    };

    return winsize_entry;
})();

$root.termios_entry = (function() {

    /**
     * Properties of a termios_entry.
     * @typedef {Object} termios_entry.$Properties
     * @property {number} c_iflag termios_entry c_iflag
     * @property {number} c_oflag termios_entry c_oflag
     * @property {number} c_cflag termios_entry c_cflag
     * @property {number} c_lflag termios_entry c_lflag
     * @property {number} c_line termios_entry c_line
     * @property {number} c_ispeed termios_entry c_ispeed
     * @property {number} c_ospeed termios_entry c_ospeed
     * @property {Array.<number>|null} [c_cc] termios_entry c_cc
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a termios_entry.
     * @exports Itermios_entry
     * @interface Itermios_entry
     * @augments termios_entry.$Properties
     * @deprecated Use termios_entry.$Properties instead.
     */

    /**
     * Shape of a termios_entry.
     * @typedef {termios_entry.$Properties} termios_entry.$Shape
     */

    /**
     * Constructs a new termios_entry.
     * @exports termios_entry
     * @classdesc Represents a termios_entry.
     * @constructor
     * @param {termios_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var termios_entry = function (properties) {
        this.c_cc = [];
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * termios_entry c_iflag.
     * @member {number} c_iflag
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_iflag = 0;

    /**
     * termios_entry c_oflag.
     * @member {number} c_oflag
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_oflag = 0;

    /**
     * termios_entry c_cflag.
     * @member {number} c_cflag
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_cflag = 0;

    /**
     * termios_entry c_lflag.
     * @member {number} c_lflag
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_lflag = 0;

    /**
     * termios_entry c_line.
     * @member {number} c_line
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_line = 0;

    /**
     * termios_entry c_ispeed.
     * @member {number} c_ispeed
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_ispeed = 0;

    /**
     * termios_entry c_ospeed.
     * @member {number} c_ospeed
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_ospeed = 0;

    /**
     * termios_entry c_cc.
     * @member {Array.<number>} c_cc
     * @memberof termios_entry
     * @instance
     */
    termios_entry.prototype.c_cc = $util.emptyArray;

    /**
     * Creates a new termios_entry instance using the specified properties.
     * @function create
     * @memberof termios_entry
     * @static
     * @param {termios_entry.$Properties=} [properties] Properties to set
     * @returns {termios_entry} termios_entry instance
     * @type {{
     *   (properties: termios_entry.$Shape): termios_entry & termios_entry.$Shape;
     *   (properties?: termios_entry.$Properties): termios_entry;
     * }}
     */
    termios_entry.create = function(properties) {
        return new termios_entry(properties);
    };

    /**
     * Encodes the specified termios_entry message. Does not implicitly {@link termios_entry.verify|verify} messages.
     * @function encode
     * @memberof termios_entry
     * @static
     * @param {termios_entry.$Properties} message termios_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    termios_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.c_iflag);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.c_oflag);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.c_cflag);
        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.c_lflag);
        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.c_line);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.c_ispeed);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.c_ospeed);
        if (message.c_cc != null && message.c_cc.length)
            for (var i = 0; i < message.c_cc.length; ++i)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.c_cc[i]);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a termios_entry message from the specified reader or buffer.
     * @function decode
     * @memberof termios_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {termios_entry & termios_entry.$Shape} termios_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    termios_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.termios_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.c_iflag = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.c_oflag = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.c_cflag = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.c_lflag = reader.uint32();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.c_line = reader.uint32();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.c_ispeed = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.c_ospeed = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType === 2) {
                        if (!(message.c_cc && message.c_cc.length))
                            message.c_cc = [];
                        reader.uint32s(message.c_cc);
                        continue;
                    }
                    if (wireType !== 0)
                        break;
                    if (!(message.c_cc && message.c_cc.length))
                        message.c_cc = [];
                    message.c_cc.push(reader.uint32());
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "c_iflag"))
            throw $util.ProtocolError("missing required 'c_iflag'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_oflag"))
            throw $util.ProtocolError("missing required 'c_oflag'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_cflag"))
            throw $util.ProtocolError("missing required 'c_cflag'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_lflag"))
            throw $util.ProtocolError("missing required 'c_lflag'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_line"))
            throw $util.ProtocolError("missing required 'c_line'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_ispeed"))
            throw $util.ProtocolError("missing required 'c_ispeed'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "c_ospeed"))
            throw $util.ProtocolError("missing required 'c_ospeed'", { instance: message });
        return message;
    };

    return termios_entry;
})();

$root.tty_pty_entry = (function() {

    /**
     * Properties of a tty_pty_entry.
     * @typedef {Object} tty_pty_entry.$Properties
     * @property {number} index tty_pty_entry index
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a tty_pty_entry.
     * @exports Itty_pty_entry
     * @interface Itty_pty_entry
     * @augments tty_pty_entry.$Properties
     * @deprecated Use tty_pty_entry.$Properties instead.
     */

    /**
     * Shape of a tty_pty_entry.
     * @typedef {tty_pty_entry.$Properties} tty_pty_entry.$Shape
     */

    /**
     * Constructs a new tty_pty_entry.
     * @exports tty_pty_entry
     * @classdesc Represents a tty_pty_entry.
     * @constructor
     * @param {tty_pty_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var tty_pty_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * tty_pty_entry index.
     * @member {number} index
     * @memberof tty_pty_entry
     * @instance
     */
    tty_pty_entry.prototype.index = 0;

    /**
     * Creates a new tty_pty_entry instance using the specified properties.
     * @function create
     * @memberof tty_pty_entry
     * @static
     * @param {tty_pty_entry.$Properties=} [properties] Properties to set
     * @returns {tty_pty_entry} tty_pty_entry instance
     * @type {{
     *   (properties: tty_pty_entry.$Shape): tty_pty_entry & tty_pty_entry.$Shape;
     *   (properties?: tty_pty_entry.$Properties): tty_pty_entry;
     * }}
     */
    tty_pty_entry.create = function(properties) {
        return new tty_pty_entry(properties);
    };

    /**
     * Encodes the specified tty_pty_entry message. Does not implicitly {@link tty_pty_entry.verify|verify} messages.
     * @function encode
     * @memberof tty_pty_entry
     * @static
     * @param {tty_pty_entry.$Properties} message tty_pty_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    tty_pty_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a tty_pty_entry message from the specified reader or buffer.
     * @function decode
     * @memberof tty_pty_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {tty_pty_entry & tty_pty_entry.$Shape} tty_pty_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    tty_pty_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.tty_pty_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.index = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "index"))
            throw $util.ProtocolError("missing required 'index'", { instance: message });
        return message;
    };

    return tty_pty_entry;
})();

/**
 * TtyType enum.
 * @name TtyType
 * @enum {number}
 * @property {number} UNKNOWN=0 UNKNOWN value
 * @property {number} PTY=1 PTY value
 * @property {number} CONSOLE=2 CONSOLE value
 * @property {number} VT=3 VT value
 * @property {number} CTTY=4 CTTY value
 * @property {number} EXT_TTY=5 EXT_TTY value
 * @property {number} SERIAL=6 SERIAL value
 */
$root.TtyType = (function() {
    var valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "UNKNOWN"] = 0;
    values[valuesById[1] = "PTY"] = 1;
    values[valuesById[2] = "CONSOLE"] = 2;
    values[valuesById[3] = "VT"] = 3;
    values[valuesById[4] = "CTTY"] = 4;
    values[valuesById[5] = "EXT_TTY"] = 5;
    values[valuesById[6] = "SERIAL"] = 6;
    return values;
})();

$root.tty_info_entry = (function() {

    /**
     * Properties of a tty_info_entry.
     * @typedef {Object} tty_info_entry.$Properties
     * @property {number} id tty_info_entry id
     * @property {TtyType} type tty_info_entry type
     * @property {boolean} locked tty_info_entry locked
     * @property {boolean} exclusive tty_info_entry exclusive
     * @property {boolean} packet_mode tty_info_entry packet_mode
     * @property {number} sid tty_info_entry sid
     * @property {number} pgrp tty_info_entry pgrp
     * @property {number} rdev tty_info_entry rdev
     * @property {termios_entry.$Properties|null} [termios] tty_info_entry termios
     * @property {termios_entry.$Properties|null} [termios_locked] tty_info_entry termios_locked
     * @property {winsize_entry.$Properties|null} [winsize] tty_info_entry winsize
     * @property {tty_pty_entry.$Properties|null} [pty] tty_info_entry pty
     * @property {number|null} [dev] tty_info_entry dev
     * @property {number|null} [uid] tty_info_entry uid
     * @property {number|null} [gid] tty_info_entry gid
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a tty_info_entry.
     * @exports Itty_info_entry
     * @interface Itty_info_entry
     * @augments tty_info_entry.$Properties
     * @deprecated Use tty_info_entry.$Properties instead.
     */

    /**
     * Shape of a tty_info_entry.
     * @typedef {tty_info_entry.$Properties} tty_info_entry.$Shape
     */

    /**
     * Constructs a new tty_info_entry.
     * @exports tty_info_entry
     * @classdesc Represents a tty_info_entry.
     * @constructor
     * @param {tty_info_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var tty_info_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * tty_info_entry id.
     * @member {number} id
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.id = 0;

    /**
     * tty_info_entry type.
     * @member {TtyType} type
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.type = 0;

    /**
     * tty_info_entry locked.
     * @member {boolean} locked
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.locked = false;

    /**
     * tty_info_entry exclusive.
     * @member {boolean} exclusive
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.exclusive = false;

    /**
     * tty_info_entry packet_mode.
     * @member {boolean} packet_mode
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.packet_mode = false;

    /**
     * tty_info_entry sid.
     * @member {number} sid
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.sid = 0;

    /**
     * tty_info_entry pgrp.
     * @member {number} pgrp
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.pgrp = 0;

    /**
     * tty_info_entry rdev.
     * @member {number} rdev
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.rdev = 0;

    /**
     * tty_info_entry termios.
     * @member {termios_entry.$Properties|null|undefined} termios
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.termios = null;

    /**
     * tty_info_entry termios_locked.
     * @member {termios_entry.$Properties|null|undefined} termios_locked
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.termios_locked = null;

    /**
     * tty_info_entry winsize.
     * @member {winsize_entry.$Properties|null|undefined} winsize
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.winsize = null;

    /**
     * tty_info_entry pty.
     * @member {tty_pty_entry.$Properties|null|undefined} pty
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.pty = null;

    /**
     * tty_info_entry dev.
     * @member {number} dev
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.dev = 0;

    /**
     * tty_info_entry uid.
     * @member {number} uid
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.uid = 0;

    /**
     * tty_info_entry gid.
     * @member {number} gid
     * @memberof tty_info_entry
     * @instance
     */
    tty_info_entry.prototype.gid = 0;

    /**
     * Creates a new tty_info_entry instance using the specified properties.
     * @function create
     * @memberof tty_info_entry
     * @static
     * @param {tty_info_entry.$Properties=} [properties] Properties to set
     * @returns {tty_info_entry} tty_info_entry instance
     * @type {{
     *   (properties: tty_info_entry.$Shape): tty_info_entry & tty_info_entry.$Shape;
     *   (properties?: tty_info_entry.$Properties): tty_info_entry;
     * }}
     */
    tty_info_entry.create = function(properties) {
        return new tty_info_entry(properties);
    };

    /**
     * Encodes the specified tty_info_entry message. Does not implicitly {@link tty_info_entry.verify|verify} messages.
     * @function encode
     * @memberof tty_info_entry
     * @static
     * @param {tty_info_entry.$Properties} message tty_info_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    tty_info_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.locked);
        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.exclusive);
        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.packet_mode);
        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.sid);
        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.pgrp);
        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.rdev);
        if (message.termios != null && $Object.hasOwnProperty.call(message, "termios"))
            $root.termios_entry.encode(message.termios, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
        if (message.termios_locked != null && $Object.hasOwnProperty.call(message, "termios_locked"))
            $root.termios_entry.encode(message.termios_locked, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.winsize != null && $Object.hasOwnProperty.call(message, "winsize"))
            $root.winsize_entry.encode(message.winsize, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.pty != null && $Object.hasOwnProperty.call(message, "pty"))
            $root.tty_pty_entry.encode(message.pty, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.dev != null && $Object.hasOwnProperty.call(message, "dev"))
            writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.dev);
        if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
            writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.uid);
        if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
            writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.gid);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a tty_info_entry message from the specified reader or buffer.
     * @function decode
     * @memberof tty_info_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {tty_info_entry & tty_info_entry.$Shape} tty_info_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    tty_info_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.tty_info_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    value = reader.int32();
                    if ($root.TtyType[value] !== $undefined)
                        message.type = value;
                    else if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.locked = reader.bool();
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    message.exclusive = reader.bool();
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    message.packet_mode = reader.bool();
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.sid = reader.uint32();
                    continue;
                }
            case 7: {
                    if (wireType !== 0)
                        break;
                    message.pgrp = reader.uint32();
                    continue;
                }
            case 8: {
                    if (wireType !== 0)
                        break;
                    message.rdev = reader.uint32();
                    continue;
                }
            case 9: {
                    if (wireType !== 2)
                        break;
                    message.termios = $root.termios_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.termios);
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.termios_locked = $root.termios_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.termios_locked);
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.winsize = $root.winsize_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.winsize);
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.pty = $root.tty_pty_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.pty);
                    continue;
                }
            case 13: {
                    if (wireType !== 0)
                        break;
                    message.dev = reader.uint32();
                    continue;
                }
            case 14: {
                    if (wireType !== 0)
                        break;
                    message.uid = reader.uint32();
                    continue;
                }
            case 15: {
                    if (wireType !== 0)
                        break;
                    message.gid = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "type"))
            throw $util.ProtocolError("missing required 'type'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "locked"))
            throw $util.ProtocolError("missing required 'locked'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "exclusive"))
            throw $util.ProtocolError("missing required 'exclusive'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "packet_mode"))
            throw $util.ProtocolError("missing required 'packet_mode'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "sid"))
            throw $util.ProtocolError("missing required 'sid'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "pgrp"))
            throw $util.ProtocolError("missing required 'pgrp'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "rdev"))
            throw $util.ProtocolError("missing required 'rdev'", { instance: message });
        return message;
    };

    return tty_info_entry;
})();

$root.tty_file_entry = (function() {

    /**
     * Properties of a tty_file_entry.
     * @typedef {Object} tty_file_entry.$Properties
     * @property {number} id tty_file_entry id
     * @property {number} tty_info_id tty_file_entry tty_info_id
     * @property {number} flags tty_file_entry flags
     * @property {fown_entry.$Properties} fown tty_file_entry fown
     * @property {number|null} [regf_id] tty_file_entry regf_id
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a tty_file_entry.
     * @exports Itty_file_entry
     * @interface Itty_file_entry
     * @augments tty_file_entry.$Properties
     * @deprecated Use tty_file_entry.$Properties instead.
     */

    /**
     * Shape of a tty_file_entry.
     * @typedef {tty_file_entry.$Properties} tty_file_entry.$Shape
     */

    /**
     * Constructs a new tty_file_entry.
     * @exports tty_file_entry
     * @classdesc Represents a tty_file_entry.
     * @constructor
     * @param {tty_file_entry.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    var tty_file_entry = function (properties) {
        if (properties)
            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * tty_file_entry id.
     * @member {number} id
     * @memberof tty_file_entry
     * @instance
     */
    tty_file_entry.prototype.id = 0;

    /**
     * tty_file_entry tty_info_id.
     * @member {number} tty_info_id
     * @memberof tty_file_entry
     * @instance
     */
    tty_file_entry.prototype.tty_info_id = 0;

    /**
     * tty_file_entry flags.
     * @member {number} flags
     * @memberof tty_file_entry
     * @instance
     */
    tty_file_entry.prototype.flags = 0;

    /**
     * tty_file_entry fown.
     * @member {fown_entry.$Properties} fown
     * @memberof tty_file_entry
     * @instance
     */
    tty_file_entry.prototype.fown = null;

    /**
     * tty_file_entry regf_id.
     * @member {number} regf_id
     * @memberof tty_file_entry
     * @instance
     */
    tty_file_entry.prototype.regf_id = 0;

    /**
     * Creates a new tty_file_entry instance using the specified properties.
     * @function create
     * @memberof tty_file_entry
     * @static
     * @param {tty_file_entry.$Properties=} [properties] Properties to set
     * @returns {tty_file_entry} tty_file_entry instance
     * @type {{
     *   (properties: tty_file_entry.$Shape): tty_file_entry & tty_file_entry.$Shape;
     *   (properties?: tty_file_entry.$Properties): tty_file_entry;
     * }}
     */
    tty_file_entry.create = function(properties) {
        return new tty_file_entry(properties);
    };

    /**
     * Encodes the specified tty_file_entry message. Does not implicitly {@link tty_file_entry.verify|verify} messages.
     * @function encode
     * @memberof tty_file_entry
     * @static
     * @param {tty_file_entry.$Properties} message tty_file_entry message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    tty_file_entry.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tty_info_id);
        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
        $root.fown_entry.encode(message.fown, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
        if (message.regf_id != null && $Object.hasOwnProperty.call(message, "regf_id"))
            writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.regf_id);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (var i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a tty_file_entry message from the specified reader or buffer.
     * @function decode
     * @memberof tty_file_entry
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {tty_file_entry & tty_file_entry.$Shape} tty_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    tty_file_entry.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        var end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.tty_file_entry();
        while (reader.pos < end) {
            var start = reader.pos;
            var tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            var wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    message.id = reader.uint32();
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    message.tty_info_id = reader.uint32();
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    message.flags = reader.uint32();
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    message.fown = $root.fown_entry.decode(reader, reader.size(), $undefined, _depth + 1, message.fown);
                    continue;
                }
            case 6: {
                    if (wireType !== 0)
                        break;
                    message.regf_id = reader.uint32();
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        if (!$Object.hasOwnProperty.call(message, "id"))
            throw $util.ProtocolError("missing required 'id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "tty_info_id"))
            throw $util.ProtocolError("missing required 'tty_info_id'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "flags"))
            throw $util.ProtocolError("missing required 'flags'", { instance: message });
        if (!$Object.hasOwnProperty.call(message, "fown"))
            throw $util.ProtocolError("missing required 'fown'", { instance: message });
        return message;
    };

    return tty_file_entry;
})();

module.exports = $root;
