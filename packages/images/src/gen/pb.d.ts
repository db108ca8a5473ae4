import * as $protobuf from "protobufjs";
import Long = require("long");

/** user_x86_regs_mode enum. */
export enum user_x86_regs_mode {

    /** NATIVE value */
    NATIVE = 1,

    /** COMPAT value */
    COMPAT = 2
}

/**
 * Properties of a user_x86_regs_entry.
 * @deprecated Use user_x86_regs_entry.$Properties instead.
 */
export interface Iuser_x86_regs_entry extends user_x86_regs_entry.$Properties {
}

/** Represents a user_x86_regs_entry. */
export class user_x86_regs_entry {

    /**
     * Constructs a new user_x86_regs_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: user_x86_regs_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** user_x86_regs_entry r15. */
    r15: (number|Long);

    /** user_x86_regs_entry r14. */
    r14: (number|Long);

    /** user_x86_regs_entry r13. */
    r13: (number|Long);

    /** user_x86_regs_entry r12. */
    r12: (number|Long);

    /** user_x86_regs_entry bp. */
    bp: (number|Long);

    /** user_x86_regs_entry bx. */
    bx: (number|Long);

    /** user_x86_regs_entry r11. */
    r11: (number|Long);

    /** user_x86_regs_entry r10. */
    r10: (number|Long);

    /** user_x86_regs_entry r9. */
    r9: (number|Long);

    /** user_x86_regs_entry r8. */
    r8: (number|Long);

    /** user_x86_regs_entry ax. */
    ax: (number|Long);

    /** user_x86_regs_entry cx. */
    cx: (number|Long);

    /** user_x86_regs_entry dx. */
    dx: (number|Long);

    /** user_x86_regs_entry si. */
    si: (number|Long);

    /** user_x86_regs_entry di. */
    di: (number|Long);

    /** user_x86_regs_entry orig_ax. */
    orig_ax: (number|Long);

    /** user_x86_regs_entry ip. */
    ip: (number|Long);

    /** user_x86_regs_entry cs. */
    cs: (number|Long);

    /** user_x86_regs_entry flags. */
    flags: (number|Long);

    /** user_x86_regs_entry sp. */
    sp: (number|Long);

    /** user_x86_regs_entry ss. */
    ss: (number|Long);

    /** user_x86_regs_entry fs_base. */
    fs_base: (number|Long);

    /** user_x86_regs_entry gs_base. */
    gs_base: (number|Long);

    /** user_x86_regs_entry ds. */
    ds: (number|Long);

    /** user_x86_regs_entry es. */
    es: (number|Long);

    /** user_x86_regs_entry fs. */
    fs: (number|Long);

    /** user_x86_regs_entry gs. */
    gs: (number|Long);

    /** user_x86_regs_entry mode. */
    mode: user_x86_regs_mode;

    /**
     * Creates a new user_x86_regs_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns user_x86_regs_entry instance
     */
    static create(properties: user_x86_regs_entry.$Shape): user_x86_regs_entry & user_x86_regs_entry.$Shape;
    static create(properties?: user_x86_regs_entry.$Properties): user_x86_regs_entry;

    /**
     * Encodes the specified user_x86_regs_entry message. Does not implicitly {@link user_x86_regs_entry.verify|verify} messages.
     * @param message user_x86_regs_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: user_x86_regs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a user_x86_regs_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {user_x86_regs_entry & user_x86_regs_entry.$Shape} user_x86_regs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_regs_entry & user_x86_regs_entry.$Shape;
}

export namespace user_x86_regs_entry {

    /** Properties of a user_x86_regs_entry. */
    interface $Properties {

        /** user_x86_regs_entry r15 */
        r15: (number|Long);

        /** user_x86_regs_entry r14 */
        r14: (number|Long);

        /** user_x86_regs_entry r13 */
        r13: (number|Long);

        /** user_x86_regs_entry r12 */
        r12: (number|Long);

        /** user_x86_regs_entry bp */
        bp: (number|Long);

        /** user_x86_regs_entry bx */
        bx: (number|Long);

        /** user_x86_regs_entry r11 */
        r11: (number|Long);

        /** user_x86_regs_entry r10 */
        r10: (number|Long);

        /** user_x86_regs_entry r9 */
        r9: (number|Long);

        /** user_x86_regs_entry r8 */
        r8: (number|Long);

        /** user_x86_regs_entry ax */
        ax: (number|Long);

        /** user_x86_regs_entry cx */
        cx: (number|Long);

        /** user_x86_regs_entry dx */
        dx: (number|Long);

        /** user_x86_regs_entry si */
        si: (number|Long);

        /** user_x86_regs_entry di */
        di: (number|Long);

        /** user_x86_regs_entry orig_ax */
        orig_ax: (number|Long);

        /** user_x86_regs_entry ip */
        ip: (number|Long);

        /** user_x86_regs_entry cs */
        cs: (number|Long);

        /** user_x86_regs_entry flags */
        flags: (number|Long);

        /** user_x86_regs_entry sp */
        sp: (number|Long);

        /** user_x86_regs_entry ss */
        ss: (number|Long);

        /** user_x86_regs_entry fs_base */
        fs_base: (number|Long);

        /** user_x86_regs_entry gs_base */
        gs_base: (number|Long);

        /** user_x86_regs_entry ds */
        ds: (number|Long);

        /** user_x86_regs_entry es */
        es: (number|Long);

        /** user_x86_regs_entry fs */
        fs: (number|Long);

        /** user_x86_regs_entry gs */
        gs: (number|Long);

        /** user_x86_regs_entry mode */
        mode?: (user_x86_regs_mode|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a user_x86_regs_entry. */
    type $Shape = user_x86_regs_entry.$Properties;
}

/**
 * Properties of a user_x86_cet_entry.
 * @deprecated Use user_x86_cet_entry.$Properties instead.
 */
export interface Iuser_x86_cet_entry extends user_x86_cet_entry.$Properties {
}

/** Represents a user_x86_cet_entry. */
export class user_x86_cet_entry {

    /**
     * Constructs a new user_x86_cet_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: user_x86_cet_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** user_x86_cet_entry cet. */
    cet: (number|Long);

    /** user_x86_cet_entry ssp. */
    ssp: (number|Long);

    /**
     * Creates a new user_x86_cet_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns user_x86_cet_entry instance
     */
    static create(properties: user_x86_cet_entry.$Shape): user_x86_cet_entry & user_x86_cet_entry.$Shape;
    static create(properties?: user_x86_cet_entry.$Properties): user_x86_cet_entry;

    /**
     * Encodes the specified user_x86_cet_entry message. Does not implicitly {@link user_x86_cet_entry.verify|verify} messages.
     * @param message user_x86_cet_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: user_x86_cet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a user_x86_cet_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {user_x86_cet_entry & user_x86_cet_entry.$Shape} user_x86_cet_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_cet_entry & user_x86_cet_entry.$Shape;
}

export namespace user_x86_cet_entry {

    /** Properties of a user_x86_cet_entry. */
    interface $Properties {

        /** user_x86_cet_entry cet */
        cet: (number|Long);

        /** user_x86_cet_entry ssp */
        ssp: (number|Long);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a user_x86_cet_entry. */
    type $Shape = user_x86_cet_entry.$Properties;
}

/**
 * Properties of a user_x86_xsave_entry.
 * @deprecated Use user_x86_xsave_entry.$Properties instead.
 */
export interface Iuser_x86_xsave_entry extends user_x86_xsave_entry.$Properties {
}

/** Represents a user_x86_xsave_entry. */
export class user_x86_xsave_entry {

    /**
     * Constructs a new user_x86_xsave_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: user_x86_xsave_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** user_x86_xsave_entry xstate_bv. */
    xstate_bv: (number|Long);

    /** user_x86_xsave_entry ymmh_space. */
    ymmh_space: number[];

    /** user_x86_xsave_entry bndreg_state. */
    bndreg_state: (number|Long)[];

    /** user_x86_xsave_entry bndcsr_state. */
    bndcsr_state: (number|Long)[];

    /** user_x86_xsave_entry opmask_reg. */
    opmask_reg: (number|Long)[];

    /** user_x86_xsave_entry zmm_upper. */
    zmm_upper: (number|Long)[];

    /** user_x86_xsave_entry hi16_zmm. */
    hi16_zmm: (number|Long)[];

    /** user_x86_xsave_entry pkru. */
    pkru: number[];

    /** user_x86_xsave_entry cet. */
    cet?: (user_x86_cet_entry.$Properties|null);

    /**
     * Creates a new user_x86_xsave_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns user_x86_xsave_entry instance
     */
    static create(properties: user_x86_xsave_entry.$Shape): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
    static create(properties?: user_x86_xsave_entry.$Properties): user_x86_xsave_entry;

    /**
     * Encodes the specified user_x86_xsave_entry message. Does not implicitly {@link user_x86_xsave_entry.verify|verify} messages.
     * @param message user_x86_xsave_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: user_x86_xsave_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a user_x86_xsave_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {user_x86_xsave_entry & user_x86_xsave_entry.$Shape} user_x86_xsave_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_xsave_entry & user_x86_xsave_entry.$Shape;
}

export namespace user_x86_xsave_entry {

    /** Properties of a user_x86_xsave_entry. */
    interface $Properties {

        /** user_x86_xsave_entry xstate_bv */
        xstate_bv: (number|Long);

        /** user_x86_xsave_entry ymmh_space */
        ymmh_space?: (number[]|null);

        /** user_x86_xsave_entry bndreg_state */
        bndreg_state?: ((number|Long)[]|null);

        /** user_x86_xsave_entry bndcsr_state */
        bndcsr_state?: ((number|Long)[]|null);

        /** user_x86_xsave_entry opmask_reg */
        opmask_reg?: ((number|Long)[]|null);

        /** user_x86_xsave_entry zmm_upper */
        zmm_upper?: ((number|Long)[]|null);

        /** user_x86_xsave_entry hi16_zmm */
        hi16_zmm?: ((number|Long)[]|null);

        /** user_x86_xsave_entry pkru */
        pkru?: (number[]|null);

        /** user_x86_xsave_entry cet */
        cet?: (user_x86_cet_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a user_x86_xsave_entry. */
    type $Shape = user_x86_xsave_entry.$Properties;
}

/**
 * Properties of a user_x86_fpregs_entry.
 * @deprecated Use user_x86_fpregs_entry.$Properties instead.
 */
export interface Iuser_x86_fpregs_entry extends user_x86_fpregs_entry.$Properties {
}

/** Represents a user_x86_fpregs_entry. */
export class user_x86_fpregs_entry {

    /**
     * Constructs a new user_x86_fpregs_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: user_x86_fpregs_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** user_x86_fpregs_entry cwd. */
    cwd: number;

    /** user_x86_fpregs_entry swd. */
    swd: number;

    /** user_x86_fpregs_entry twd. */
    twd: number;

    /** user_x86_fpregs_entry fop. */
    fop: number;

    /** user_x86_fpregs_entry rip. */
    rip: (number|Long);

    /** user_x86_fpregs_entry rdp. */
    rdp: (number|Long);

    /** user_x86_fpregs_entry mxcsr. */
    mxcsr: number;

    /** user_x86_fpregs_entry mxcsr_mask. */
    mxcsr_mask: number;

    /** user_x86_fpregs_entry st_space. */
    st_space: number[];

    /** user_x86_fpregs_entry xmm_space. */
    xmm_space: number[];

    /** user_x86_fpregs_entry padding. */
    padding: number[];

    /** user_x86_fpregs_entry xsave. */
    xsave?: (user_x86_xsave_entry.$Properties|null);

    /**
     * Creates a new user_x86_fpregs_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns user_x86_fpregs_entry instance
     */
    static create(properties: user_x86_fpregs_entry.$Shape): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
    static create(properties?: user_x86_fpregs_entry.$Properties): user_x86_fpregs_entry;

    /**
     * Encodes the specified user_x86_fpregs_entry message. Does not implicitly {@link user_x86_fpregs_entry.verify|verify} messages.
     * @param message user_x86_fpregs_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: user_x86_fpregs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a user_x86_fpregs_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape} user_x86_fpregs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_x86_fpregs_entry & user_x86_fpregs_entry.$Shape;
}

export namespace user_x86_fpregs_entry {

    /** Properties of a user_x86_fpregs_entry. */
    interface $Properties {

        /** user_x86_fpregs_entry cwd */
        cwd: number;

        /** user_x86_fpregs_entry swd */
        swd: number;

        /** user_x86_fpregs_entry twd */
        twd: number;

        /** user_x86_fpregs_entry fop */
        fop: number;

        /** user_x86_fpregs_entry rip */
        rip: (number|Long);

        /** user_x86_fpregs_entry rdp */
        rdp: (number|Long);

        /** user_x86_fpregs_entry mxcsr */
        mxcsr: number;

        /** user_x86_fpregs_entry mxcsr_mask */
        mxcsr_mask: number;

        /** user_x86_fpregs_entry st_space */
        st_space?: (number[]|null);

        /** user_x86_fpregs_entry xmm_space */
        xmm_space?: (number[]|null);

        /** user_x86_fpregs_entry padding */
        padding?: (number[]|null);

        /** user_x86_fpregs_entry xsave */
        xsave?: (user_x86_xsave_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a user_x86_fpregs_entry. */
    type $Shape = user_x86_fpregs_entry.$Properties;
}

/**
 * Properties of a user_desc_t.
 * @deprecated Use user_desc_t.$Properties instead.
 */
export interface Iuser_desc_t extends user_desc_t.$Properties {
}

/** Represents a user_desc_t. */
export class user_desc_t {

    /**
     * Constructs a new user_desc_t.
     * @param [properties] Properties to set
     */
    constructor(properties?: user_desc_t.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** user_desc_t entry_number. */
    entry_number: number;

    /** user_desc_t base_addr. */
    base_addr: number;

    /** user_desc_t limit. */
    limit: number;

    /** user_desc_t seg_32bit. */
    seg_32bit: boolean;

    /** user_desc_t contents_h. */
    contents_h: boolean;

    /** user_desc_t contents_l. */
    contents_l: boolean;

    /** user_desc_t read_exec_only. */
    read_exec_only: boolean;

    /** user_desc_t limit_in_pages. */
    limit_in_pages: boolean;

    /** user_desc_t seg_not_present. */
    seg_not_present: boolean;

    /** user_desc_t usable. */
    usable: boolean;

    /**
     * Creates a new user_desc_t instance using the specified properties.
     * @param [properties] Properties to set
     * @returns user_desc_t instance
     */
    static create(properties: user_desc_t.$Shape): user_desc_t & user_desc_t.$Shape;
    static create(properties?: user_desc_t.$Properties): user_desc_t;

    /**
     * Encodes the specified user_desc_t message. Does not implicitly {@link user_desc_t.verify|verify} messages.
     * @param message user_desc_t message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: user_desc_t.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a user_desc_t message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {user_desc_t & user_desc_t.$Shape} user_desc_t
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): user_desc_t & user_desc_t.$Shape;
}

export namespace user_desc_t {

    /** Properties of a user_desc_t. */
    interface $Properties {

        /** user_desc_t entry_number */
        entry_number: number;

        /** user_desc_t base_addr */
        base_addr: number;

        /** user_desc_t limit */
        limit: number;

        /** user_desc_t seg_32bit */
        seg_32bit: boolean;

        /** user_desc_t contents_h */
        contents_h: boolean;

        /** user_desc_t contents_l */
        contents_l: boolean;

        /** user_desc_t read_exec_only */
        read_exec_only: boolean;

        /** user_desc_t limit_in_pages */
        limit_in_pages: boolean;

        /** user_desc_t seg_not_present */
        seg_not_present: boolean;

        /** user_desc_t usable */
        usable: boolean;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a user_desc_t. */
    type $Shape = user_desc_t.$Properties;
}

/**
 * Properties of a thread_info_x86.
 * @deprecated Use thread_info_x86.$Properties instead.
 */
export interface Ithread_info_x86 extends thread_info_x86.$Properties {
}

/** Represents a thread_info_x86. */
export class thread_info_x86 {

    /**
     * Constructs a new thread_info_x86.
     * @param [properties] Properties to set
     */
    constructor(properties?: thread_info_x86.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** thread_info_x86 clear_tid_addr. */
    clear_tid_addr: (number|Long);

    /** thread_info_x86 gpregs. */
    gpregs: user_x86_regs_entry.$Properties;

    /** thread_info_x86 fpregs. */
    fpregs: user_x86_fpregs_entry.$Properties;

    /** thread_info_x86 tls. */
    tls: user_desc_t.$Properties[];

    /**
     * Creates a new thread_info_x86 instance using the specified properties.
     * @param [properties] Properties to set
     * @returns thread_info_x86 instance
     */
    static create(properties: thread_info_x86.$Shape): thread_info_x86 & thread_info_x86.$Shape;
    static create(properties?: thread_info_x86.$Properties): thread_info_x86;

    /**
     * Encodes the specified thread_info_x86 message. Does not implicitly {@link thread_info_x86.verify|verify} messages.
     * @param message thread_info_x86 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: thread_info_x86.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a thread_info_x86 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {thread_info_x86 & thread_info_x86.$Shape} thread_info_x86
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_info_x86 & thread_info_x86.$Shape;
}

export namespace thread_info_x86 {

    /** Properties of a thread_info_x86. */
    interface $Properties {

        /** thread_info_x86 clear_tid_addr */
        clear_tid_addr: (number|Long);

        /** thread_info_x86 gpregs */
        gpregs: user_x86_regs_entry.$Properties;

        /** thread_info_x86 fpregs */
        fpregs: user_x86_fpregs_entry.$Properties;

        /** thread_info_x86 tls */
        tls?: (user_desc_t.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a thread_info_x86. */
    type $Shape = thread_info_x86.$Properties;
}

/**
 * Properties of a sa_entry.
 * @deprecated Use sa_entry.$Properties instead.
 */
export interface Isa_entry extends sa_entry.$Properties {
}

/** Represents a sa_entry. */
export class sa_entry {

    /**
     * Constructs a new sa_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: sa_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** sa_entry sigaction. */
    sigaction: (number|Long);

    /** sa_entry flags. */
    flags: (number|Long);

    /** sa_entry restorer. */
    restorer: (number|Long);

    /** sa_entry mask. */
    mask: (number|Long);

    /** sa_entry compat_sigaction. */
    compat_sigaction: boolean;

    /** sa_entry mask_extended. */
    mask_extended: (number|Long);

    /**
     * Creates a new sa_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns sa_entry instance
     */
    static create(properties: sa_entry.$Shape): sa_entry & sa_entry.$Shape;
    static create(properties?: sa_entry.$Properties): sa_entry;

    /**
     * Encodes the specified sa_entry message. Does not implicitly {@link sa_entry.verify|verify} messages.
     * @param message sa_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: sa_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a sa_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {sa_entry & sa_entry.$Shape} sa_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sa_entry & sa_entry.$Shape;
}

export namespace sa_entry {

    /** Properties of a sa_entry. */
    interface $Properties {

        /** sa_entry sigaction */
        sigaction: (number|Long);

        /** sa_entry flags */
        flags: (number|Long);

        /** sa_entry restorer */
        restorer: (number|Long);

        /** sa_entry mask */
        mask: (number|Long);

        /** sa_entry compat_sigaction */
        compat_sigaction?: (boolean|null);

        /** sa_entry mask_extended */
        mask_extended?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a sa_entry. */
    type $Shape = sa_entry.$Properties;
}

/**
 * Properties of a siginfo_entry.
 * @deprecated Use siginfo_entry.$Properties instead.
 */
export interface Isiginfo_entry extends siginfo_entry.$Properties {
}

/** Represents a siginfo_entry. */
export class siginfo_entry {

    /**
     * Constructs a new siginfo_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: siginfo_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** siginfo_entry siginfo. */
    siginfo: Uint8Array;

    /**
     * Creates a new siginfo_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns siginfo_entry instance
     */
    static create(properties: siginfo_entry.$Shape): siginfo_entry & siginfo_entry.$Shape;
    static create(properties?: siginfo_entry.$Properties): siginfo_entry;

    /**
     * Encodes the specified siginfo_entry message. Does not implicitly {@link siginfo_entry.verify|verify} messages.
     * @param message siginfo_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: siginfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a siginfo_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {siginfo_entry & siginfo_entry.$Shape} siginfo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): siginfo_entry & siginfo_entry.$Shape;
}

export namespace siginfo_entry {

    /** Properties of a siginfo_entry. */
    interface $Properties {

        /** siginfo_entry siginfo */
        siginfo: Uint8Array;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a siginfo_entry. */
    type $Shape = siginfo_entry.$Properties;
}

/**
 * Properties of a signal_queue_entry.
 * @deprecated Use signal_queue_entry.$Properties instead.
 */
export interface Isignal_queue_entry extends signal_queue_entry.$Properties {
}

/** Represents a signal_queue_entry. */
export class signal_queue_entry {

    /**
     * Constructs a new signal_queue_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: signal_queue_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** signal_queue_entry signals. */
    signals: siginfo_entry.$Properties[];

    /**
     * Creates a new signal_queue_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns signal_queue_entry instance
     */
    static create(properties: signal_queue_entry.$Shape): signal_queue_entry & signal_queue_entry.$Shape;
    static create(properties?: signal_queue_entry.$Properties): signal_queue_entry;

    /**
     * Encodes the specified signal_queue_entry message. Does not implicitly {@link signal_queue_entry.verify|verify} messages.
     * @param message signal_queue_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: signal_queue_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a signal_queue_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {signal_queue_entry & signal_queue_entry.$Shape} signal_queue_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signal_queue_entry & signal_queue_entry.$Shape;
}

export namespace signal_queue_entry {

    /** Properties of a signal_queue_entry. */
    interface $Properties {

        /** signal_queue_entry signals */
        signals?: (siginfo_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a signal_queue_entry. */
    type $Shape = signal_queue_entry.$Properties;
}

/**
 * Properties of a creds_entry.
 * @deprecated Use creds_entry.$Properties instead.
 */
export interface Icreds_entry extends creds_entry.$Properties {
}

/** Represents a creds_entry. */
export class creds_entry {

    /**
     * Constructs a new creds_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: creds_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** creds_entry uid. */
    uid: number;

    /** creds_entry gid. */
    gid: number;

    /** creds_entry euid. */
    euid: number;

    /** creds_entry egid. */
    egid: number;

    /** creds_entry suid. */
    suid: number;

    /** creds_entry sgid. */
    sgid: number;

    /** creds_entry fsuid. */
    fsuid: number;

    /** creds_entry fsgid. */
    fsgid: number;

    /** creds_entry cap_inh. */
    cap_inh: number[];

    /** creds_entry cap_prm. */
    cap_prm: number[];

    /** creds_entry cap_eff. */
    cap_eff: number[];

    /** creds_entry cap_bnd. */
    cap_bnd: number[];

    /** creds_entry secbits. */
    secbits: number;

    /** creds_entry groups. */
    groups: number[];

    /** creds_entry lsm_profile. */
    lsm_profile: string;

    /** creds_entry lsm_sockcreate. */
    lsm_sockcreate: string;

    /** creds_entry apparmor_data. */
    apparmor_data: Uint8Array;

    /** creds_entry no_new_privs. */
    no_new_privs: number;

    /** creds_entry cap_amb. */
    cap_amb: number[];

    /**
     * Creates a new creds_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns creds_entry instance
     */
    static create(properties: creds_entry.$Shape): creds_entry & creds_entry.$Shape;
    static create(properties?: creds_entry.$Properties): creds_entry;

    /**
     * Encodes the specified creds_entry message. Does not implicitly {@link creds_entry.verify|verify} messages.
     * @param message creds_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: creds_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a creds_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {creds_entry & creds_entry.$Shape} creds_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): creds_entry & creds_entry.$Shape;
}

export namespace creds_entry {

    /** Properties of a creds_entry. */
    interface $Properties {

        /** creds_entry uid */
        uid: number;

        /** creds_entry gid */
        gid: number;

        /** creds_entry euid */
        euid: number;

        /** creds_entry egid */
        egid: number;

        /** creds_entry suid */
        suid: number;

        /** creds_entry sgid */
        sgid: number;

        /** creds_entry fsuid */
        fsuid: number;

        /** creds_entry fsgid */
        fsgid: number;

        /** creds_entry cap_inh */
        cap_inh?: (number[]|null);

        /** creds_entry cap_prm */
        cap_prm?: (number[]|null);

        /** creds_entry cap_eff */
        cap_eff?: (number[]|null);

        /** creds_entry cap_bnd */
        cap_bnd?: (number[]|null);

        /** creds_entry secbits */
        secbits: number;

        /** creds_entry groups */
        groups?: (number[]|null);

        /** creds_entry lsm_profile */
        lsm_profile?: (string|null);

        /** creds_entry lsm_sockcreate */
        lsm_sockcreate?: (string|null);

        /** creds_entry apparmor_data */
        apparmor_data?: (Uint8Array|null);

        /** creds_entry no_new_privs */
        no_new_privs?: (number|null);

        /** creds_entry cap_amb */
        cap_amb?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a creds_entry. */
    type $Shape = creds_entry.$Properties;
}

/**
 * Properties of a rlimit_entry.
 * @deprecated Use rlimit_entry.$Properties instead.
 */
export interface Irlimit_entry extends rlimit_entry.$Properties {
}

/** Represents a rlimit_entry. */
export class rlimit_entry {

    /**
     * Constructs a new rlimit_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: rlimit_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** rlimit_entry cur. */
    cur: (number|Long);

    /** rlimit_entry max. */
    max: (number|Long);

    /**
     * Creates a new rlimit_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns rlimit_entry instance
     */
    static create(properties: rlimit_entry.$Shape): rlimit_entry & rlimit_entry.$Shape;
    static create(properties?: rlimit_entry.$Properties): rlimit_entry;

    /**
     * Encodes the specified rlimit_entry message. Does not implicitly {@link rlimit_entry.verify|verify} messages.
     * @param message rlimit_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: rlimit_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a rlimit_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {rlimit_entry & rlimit_entry.$Shape} rlimit_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rlimit_entry & rlimit_entry.$Shape;
}

export namespace rlimit_entry {

    /** Properties of a rlimit_entry. */
    interface $Properties {

        /** rlimit_entry cur */
        cur: (number|Long);

        /** rlimit_entry max */
        max: (number|Long);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a rlimit_entry. */
    type $Shape = rlimit_entry.$Properties;
}

/**
 * Properties of a task_rlimits_entry.
 * @deprecated Use task_rlimits_entry.$Properties instead.
 */
export interface Itask_rlimits_entry extends task_rlimits_entry.$Properties {
}

/** Represents a task_rlimits_entry. */
export class task_rlimits_entry {

    /**
     * Constructs a new task_rlimits_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: task_rlimits_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** task_rlimits_entry rlimits. */
    rlimits: rlimit_entry.$Properties[];

    /**
     * Creates a new task_rlimits_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns task_rlimits_entry instance
     */
    static create(properties: task_rlimits_entry.$Shape): task_rlimits_entry & task_rlimits_entry.$Shape;
    static create(properties?: task_rlimits_entry.$Properties): task_rlimits_entry;

    /**
     * Encodes the specified task_rlimits_entry message. Does not implicitly {@link task_rlimits_entry.verify|verify} messages.
     * @param message task_rlimits_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: task_rlimits_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a task_rlimits_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {task_rlimits_entry & task_rlimits_entry.$Shape} task_rlimits_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_rlimits_entry & task_rlimits_entry.$Shape;
}

export namespace task_rlimits_entry {

    /** Properties of a task_rlimits_entry. */
    interface $Properties {

        /** task_rlimits_entry rlimits */
        rlimits?: (rlimit_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a task_rlimits_entry. */
    type $Shape = task_rlimits_entry.$Properties;
}

/**
 * Properties of an itimer_entry.
 * @deprecated Use itimer_entry.$Properties instead.
 */
export interface Iitimer_entry extends itimer_entry.$Properties {
}

/** Represents an itimer_entry. */
export class itimer_entry {

    /**
     * Constructs a new itimer_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: itimer_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** itimer_entry isec. */
    isec: (number|Long);

    /** itimer_entry iusec. */
    iusec: (number|Long);

    /** itimer_entry vsec. */
    vsec: (number|Long);

    /** itimer_entry vusec. */
    vusec: (number|Long);

    /**
     * Creates a new itimer_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns itimer_entry instance
     */
    static create(properties: itimer_entry.$Shape): itimer_entry & itimer_entry.$Shape;
    static create(properties?: itimer_entry.$Properties): itimer_entry;

    /**
     * Encodes the specified itimer_entry message. Does not implicitly {@link itimer_entry.verify|verify} messages.
     * @param message itimer_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: itimer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an itimer_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {itimer_entry & itimer_entry.$Shape} itimer_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): itimer_entry & itimer_entry.$Shape;
}

export namespace itimer_entry {

    /** Properties of an itimer_entry. */
    interface $Properties {

        /** itimer_entry isec */
        isec: (number|Long);

        /** itimer_entry iusec */
        iusec: (number|Long);

        /** itimer_entry vsec */
        vsec: (number|Long);

        /** itimer_entry vusec */
        vusec: (number|Long);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an itimer_entry. */
    type $Shape = itimer_entry.$Properties;
}

/**
 * Properties of a posix_timer_entry.
 * @deprecated Use posix_timer_entry.$Properties instead.
 */
export interface Iposix_timer_entry extends posix_timer_entry.$Properties {
}

/** Represents a posix_timer_entry. */
export class posix_timer_entry {

    /**
     * Constructs a new posix_timer_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: posix_timer_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** posix_timer_entry it_id. */
    it_id: number;

    /** posix_timer_entry clock_id. */
    clock_id: number;

    /** posix_timer_entry si_signo. */
    si_signo: number;

    /** posix_timer_entry it_sigev_notify. */
    it_sigev_notify: number;

    /** posix_timer_entry sival_ptr. */
    sival_ptr: (number|Long);

    /** posix_timer_entry overrun. */
    overrun: number;

    /** posix_timer_entry isec. */
    isec: (number|Long);

    /** posix_timer_entry insec. */
    insec: (number|Long);

    /** posix_timer_entry vsec. */
    vsec: (number|Long);

    /** posix_timer_entry vnsec. */
    vnsec: (number|Long);

    /** posix_timer_entry notify_thread_id. */
    notify_thread_id: number;

    /**
     * Creates a new posix_timer_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns posix_timer_entry instance
     */
    static create(properties: posix_timer_entry.$Shape): posix_timer_entry & posix_timer_entry.$Shape;
    static create(properties?: posix_timer_entry.$Properties): posix_timer_entry;

    /**
     * Encodes the specified posix_timer_entry message. Does not implicitly {@link posix_timer_entry.verify|verify} messages.
     * @param message posix_timer_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: posix_timer_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a posix_timer_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {posix_timer_entry & posix_timer_entry.$Shape} posix_timer_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): posix_timer_entry & posix_timer_entry.$Shape;
}

export namespace posix_timer_entry {

    /** Properties of a posix_timer_entry. */
    interface $Properties {

        /** posix_timer_entry it_id */
        it_id: number;

        /** posix_timer_entry clock_id */
        clock_id: number;

        /** posix_timer_entry si_signo */
        si_signo: number;

        /** posix_timer_entry it_sigev_notify */
        it_sigev_notify: number;

        /** posix_timer_entry sival_ptr */
        sival_ptr: (number|Long);

        /** posix_timer_entry overrun */
        overrun: number;

        /** posix_timer_entry isec */
        isec: (number|Long);

        /** posix_timer_entry insec */
        insec: (number|Long);

        /** posix_timer_entry vsec */
        vsec: (number|Long);

        /** posix_timer_entry vnsec */
        vnsec: (number|Long);

        /** posix_timer_entry notify_thread_id */
        notify_thread_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a posix_timer_entry. */
    type $Shape = posix_timer_entry.$Properties;
}

/**
 * Properties of a task_timers_entry.
 * @deprecated Use task_timers_entry.$Properties instead.
 */
export interface Itask_timers_entry extends task_timers_entry.$Properties {
}

/** Represents a task_timers_entry. */
export class task_timers_entry {

    /**
     * Constructs a new task_timers_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: task_timers_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** task_timers_entry real. */
    real: itimer_entry.$Properties;

    /** task_timers_entry virt. */
    virt: itimer_entry.$Properties;

    /** task_timers_entry prof. */
    prof: itimer_entry.$Properties;

    /** task_timers_entry posix. */
    posix: posix_timer_entry.$Properties[];

    /**
     * Creates a new task_timers_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns task_timers_entry instance
     */
    static create(properties: task_timers_entry.$Shape): task_timers_entry & task_timers_entry.$Shape;
    static create(properties?: task_timers_entry.$Properties): task_timers_entry;

    /**
     * Encodes the specified task_timers_entry message. Does not implicitly {@link task_timers_entry.verify|verify} messages.
     * @param message task_timers_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: task_timers_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a task_timers_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {task_timers_entry & task_timers_entry.$Shape} task_timers_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_timers_entry & task_timers_entry.$Shape;
}

export namespace task_timers_entry {

    /** Properties of a task_timers_entry. */
    interface $Properties {

        /** task_timers_entry real */
        real: itimer_entry.$Properties;

        /** task_timers_entry virt */
        virt: itimer_entry.$Properties;

        /** task_timers_entry prof */
        prof: itimer_entry.$Properties;

        /** task_timers_entry posix */
        posix?: (posix_timer_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a task_timers_entry. */
    type $Shape = task_timers_entry.$Properties;
}

/**
 * Properties of a rseq_entry.
 * @deprecated Use rseq_entry.$Properties instead.
 */
export interface Irseq_entry extends rseq_entry.$Properties {
}

/** Represents a rseq_entry. */
export class rseq_entry {

    /**
     * Constructs a new rseq_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: rseq_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** rseq_entry rseq_abi_pointer. */
    rseq_abi_pointer: (number|Long);

    /** rseq_entry rseq_abi_size. */
    rseq_abi_size: number;

    /** rseq_entry signature. */
    signature: number;

    /** rseq_entry rseq_cs_pointer. */
    rseq_cs_pointer: (number|Long);

    /**
     * Creates a new rseq_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns rseq_entry instance
     */
    static create(properties: rseq_entry.$Shape): rseq_entry & rseq_entry.$Shape;
    static create(properties?: rseq_entry.$Properties): rseq_entry;

    /**
     * Encodes the specified rseq_entry message. Does not implicitly {@link rseq_entry.verify|verify} messages.
     * @param message rseq_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: rseq_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a rseq_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {rseq_entry & rseq_entry.$Shape} rseq_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rseq_entry & rseq_entry.$Shape;
}

export namespace rseq_entry {

    /** Properties of a rseq_entry. */
    interface $Properties {

        /** rseq_entry rseq_abi_pointer */
        rseq_abi_pointer: (number|Long);

        /** rseq_entry rseq_abi_size */
        rseq_abi_size: number;

        /** rseq_entry signature */
        signature: number;

        /** rseq_entry rseq_cs_pointer */
        rseq_cs_pointer?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a rseq_entry. */
    type $Shape = rseq_entry.$Properties;
}

/** seccomp_mode enum. */
export enum seccomp_mode {

    /** disabled value */
    disabled = 0,

    /** strict value */
    strict = 1,

    /** filter value */
    filter = 2
}

/**
 * Properties of a task_core_entry.
 * @deprecated Use task_core_entry.$Properties instead.
 */
export interface Itask_core_entry extends task_core_entry.$Properties {
}

/** Represents a task_core_entry. */
export class task_core_entry {

    /**
     * Constructs a new task_core_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: task_core_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** task_core_entry task_state. */
    task_state: number;

    /** task_core_entry exit_code. */
    exit_code: number;

    /** task_core_entry personality. */
    personality: number;

    /** task_core_entry flags. */
    flags: number;

    /** task_core_entry blk_sigset. */
    blk_sigset: (number|Long);

    /** task_core_entry comm. */
    comm: string;

    /** task_core_entry timers. */
    timers?: (task_timers_entry.$Properties|null);

    /** task_core_entry rlimits. */
    rlimits?: (task_rlimits_entry.$Properties|null);

    /** task_core_entry cg_set. */
    cg_set: number;

    /** task_core_entry signals_s. */
    signals_s?: (signal_queue_entry.$Properties|null);

    /** task_core_entry old_seccomp_mode. */
    old_seccomp_mode: seccomp_mode;

    /** task_core_entry old_seccomp_filter. */
    old_seccomp_filter: number;

    /** task_core_entry loginuid. */
    loginuid: number;

    /** task_core_entry oom_score_adj. */
    oom_score_adj: number;

    /** task_core_entry sigactions. */
    sigactions: sa_entry.$Properties[];

    /** task_core_entry child_subreaper. */
    child_subreaper: boolean;

    /** task_core_entry blk_sigset_extended. */
    blk_sigset_extended: (number|Long);

    /** task_core_entry stop_signo. */
    stop_signo: number;

    /** task_core_entry membarrier_registration_mask. */
    membarrier_registration_mask: number;

    /**
     * Creates a new task_core_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns task_core_entry instance
     */
    static create(properties: task_core_entry.$Shape): task_core_entry & task_core_entry.$Shape;
    static create(properties?: task_core_entry.$Properties): task_core_entry;

    /**
     * Encodes the specified task_core_entry message. Does not implicitly {@link task_core_entry.verify|verify} messages.
     * @param message task_core_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: task_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a task_core_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {task_core_entry & task_core_entry.$Shape} task_core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_core_entry & task_core_entry.$Shape;
}

export namespace task_core_entry {

    /** Properties of a task_core_entry. */
    interface $Properties {

        /** task_core_entry task_state */
        task_state: number;

        /** task_core_entry exit_code */
        exit_code: number;

        /** task_core_entry personality */
        personality: number;

        /** task_core_entry flags */
        flags: number;

        /** task_core_entry blk_sigset */
        blk_sigset: (number|Long);

        /** task_core_entry comm */
        comm: string;

        /** task_core_entry timers */
        timers?: (task_timers_entry.$Properties|null);

        /** task_core_entry rlimits */
        rlimits?: (task_rlimits_entry.$Properties|null);

        /** task_core_entry cg_set */
        cg_set?: (number|null);

        /** task_core_entry signals_s */
        signals_s?: (signal_queue_entry.$Properties|null);

        /** task_core_entry old_seccomp_mode */
        old_seccomp_mode?: (seccomp_mode|null);

        /** task_core_entry old_seccomp_filter */
        old_seccomp_filter?: (number|null);

        /** task_core_entry loginuid */
        loginuid?: (number|null);

        /** task_core_entry oom_score_adj */
        oom_score_adj?: (number|null);

        /** task_core_entry sigactions */
        sigactions?: (sa_entry.$Properties[]|null);

        /** task_core_entry child_subreaper */
        child_subreaper?: (boolean|null);

        /** task_core_entry blk_sigset_extended */
        blk_sigset_extended?: (number|Long|null);

        /** task_core_entry stop_signo */
        stop_signo?: (number|null);

        /** task_core_entry membarrier_registration_mask */
        membarrier_registration_mask?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a task_core_entry. */
    type $Shape = task_core_entry.$Properties;
}

/**
 * Properties of a task_kobj_ids_entry.
 * @deprecated Use task_kobj_ids_entry.$Properties instead.
 */
export interface Itask_kobj_ids_entry extends task_kobj_ids_entry.$Properties {
}

/** Represents a task_kobj_ids_entry. */
export class task_kobj_ids_entry {

    /**
     * Constructs a new task_kobj_ids_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: task_kobj_ids_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** task_kobj_ids_entry vm_id. */
    vm_id: number;

    /** task_kobj_ids_entry files_id. */
    files_id: number;

    /** task_kobj_ids_entry fs_id. */
    fs_id: number;

    /** task_kobj_ids_entry sighand_id. */
    sighand_id: number;

    /** task_kobj_ids_entry pid_ns_id. */
    pid_ns_id: number;

    /** task_kobj_ids_entry net_ns_id. */
    net_ns_id: number;

    /** task_kobj_ids_entry ipc_ns_id. */
    ipc_ns_id: number;

    /** task_kobj_ids_entry uts_ns_id. */
    uts_ns_id: number;

    /** task_kobj_ids_entry mnt_ns_id. */
    mnt_ns_id: number;

    /** task_kobj_ids_entry user_ns_id. */
    user_ns_id: number;

    /** task_kobj_ids_entry cgroup_ns_id. */
    cgroup_ns_id: number;

    /** task_kobj_ids_entry time_ns_id. */
    time_ns_id: number;

    /**
     * Creates a new task_kobj_ids_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns task_kobj_ids_entry instance
     */
    static create(properties: task_kobj_ids_entry.$Shape): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
    static create(properties?: task_kobj_ids_entry.$Properties): task_kobj_ids_entry;

    /**
     * Encodes the specified task_kobj_ids_entry message. Does not implicitly {@link task_kobj_ids_entry.verify|verify} messages.
     * @param message task_kobj_ids_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: task_kobj_ids_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a task_kobj_ids_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {task_kobj_ids_entry & task_kobj_ids_entry.$Shape} task_kobj_ids_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): task_kobj_ids_entry & task_kobj_ids_entry.$Shape;
}

export namespace task_kobj_ids_entry {

    /** Properties of a task_kobj_ids_entry. */
    interface $Properties {

        /** task_kobj_ids_entry vm_id */
        vm_id: number;

        /** task_kobj_ids_entry files_id */
        files_id: number;

        /** task_kobj_ids_entry fs_id */
        fs_id: number;

        /** task_kobj_ids_entry sighand_id */
        sighand_id: number;

        /** task_kobj_ids_entry pid_ns_id */
        pid_ns_id?: (number|null);

        /** task_kobj_ids_entry net_ns_id */
        net_ns_id?: (number|null);

        /** task_kobj_ids_entry ipc_ns_id */
        ipc_ns_id?: (number|null);

        /** task_kobj_ids_entry uts_ns_id */
        uts_ns_id?: (number|null);

        /** task_kobj_ids_entry mnt_ns_id */
        mnt_ns_id?: (number|null);

        /** task_kobj_ids_entry user_ns_id */
        user_ns_id?: (number|null);

        /** task_kobj_ids_entry cgroup_ns_id */
        cgroup_ns_id?: (number|null);

        /** task_kobj_ids_entry time_ns_id */
        time_ns_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a task_kobj_ids_entry. */
    type $Shape = task_kobj_ids_entry.$Properties;
}

/**
 * Properties of a thread_sas_entry.
 * @deprecated Use thread_sas_entry.$Properties instead.
 */
export interface Ithread_sas_entry extends thread_sas_entry.$Properties {
}

/** Represents a thread_sas_entry. */
export class thread_sas_entry {

    /**
     * Constructs a new thread_sas_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: thread_sas_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** thread_sas_entry ss_sp. */
    ss_sp: (number|Long);

    /** thread_sas_entry ss_size. */
    ss_size: (number|Long);

    /** thread_sas_entry ss_flags. */
    ss_flags: number;

    /**
     * Creates a new thread_sas_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns thread_sas_entry instance
     */
    static create(properties: thread_sas_entry.$Shape): thread_sas_entry & thread_sas_entry.$Shape;
    static create(properties?: thread_sas_entry.$Properties): thread_sas_entry;

    /**
     * Encodes the specified thread_sas_entry message. Does not implicitly {@link thread_sas_entry.verify|verify} messages.
     * @param message thread_sas_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: thread_sas_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a thread_sas_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {thread_sas_entry & thread_sas_entry.$Shape} thread_sas_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_sas_entry & thread_sas_entry.$Shape;
}

export namespace thread_sas_entry {

    /** Properties of a thread_sas_entry. */
    interface $Properties {

        /** thread_sas_entry ss_sp */
        ss_sp: (number|Long);

        /** thread_sas_entry ss_size */
        ss_size: (number|Long);

        /** thread_sas_entry ss_flags */
        ss_flags: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a thread_sas_entry. */
    type $Shape = thread_sas_entry.$Properties;
}

/**
 * Properties of a thread_core_entry.
 * @deprecated Use thread_core_entry.$Properties instead.
 */
export interface Ithread_core_entry extends thread_core_entry.$Properties {
}

/** Represents a thread_core_entry. */
export class thread_core_entry {

    /**
     * Constructs a new thread_core_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: thread_core_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** thread_core_entry futex_rla. */
    futex_rla: (number|Long);

    /** thread_core_entry futex_rla_len. */
    futex_rla_len: number;

    /** thread_core_entry sched_nice. */
    sched_nice: number;

    /** thread_core_entry sched_policy. */
    sched_policy: number;

    /** thread_core_entry sched_prio. */
    sched_prio: number;

    /** thread_core_entry blk_sigset. */
    blk_sigset: (number|Long);

    /** thread_core_entry sas. */
    sas?: (thread_sas_entry.$Properties|null);

    /** thread_core_entry pdeath_sig. */
    pdeath_sig: number;

    /** thread_core_entry signals_p. */
    signals_p?: (signal_queue_entry.$Properties|null);

    /** thread_core_entry creds. */
    creds?: (creds_entry.$Properties|null);

    /** thread_core_entry seccomp_mode. */
    seccomp_mode: seccomp_mode;

    /** thread_core_entry seccomp_filter. */
    seccomp_filter: number;

    /** thread_core_entry comm. */
    comm: string;

    /** thread_core_entry blk_sigset_extended. */
    blk_sigset_extended: (number|Long);

    /** thread_core_entry rseq_entry. */
    rseq_entry?: (rseq_entry.$Properties|null);

    /** thread_core_entry cg_set. */
    cg_set: number;

    /** thread_core_entry amber_xsave. */
    amber_xsave: Uint8Array;

    /**
     * Creates a new thread_core_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns thread_core_entry instance
     */
    static create(properties: thread_core_entry.$Shape): thread_core_entry & thread_core_entry.$Shape;
    static create(properties?: thread_core_entry.$Properties): thread_core_entry;

    /**
     * Encodes the specified thread_core_entry message. Does not implicitly {@link thread_core_entry.verify|verify} messages.
     * @param message thread_core_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: thread_core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a thread_core_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {thread_core_entry & thread_core_entry.$Shape} thread_core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thread_core_entry & thread_core_entry.$Shape;
}

export namespace thread_core_entry {

    /** Properties of a thread_core_entry. */
    interface $Properties {

        /** thread_core_entry futex_rla */
        futex_rla: (number|Long);

        /** thread_core_entry futex_rla_len */
        futex_rla_len: number;

        /** thread_core_entry sched_nice */
        sched_nice?: (number|null);

        /** thread_core_entry sched_policy */
        sched_policy?: (number|null);

        /** thread_core_entry sched_prio */
        sched_prio?: (number|null);

        /** thread_core_entry blk_sigset */
        blk_sigset?: (number|Long|null);

        /** thread_core_entry sas */
        sas?: (thread_sas_entry.$Properties|null);

        /** thread_core_entry pdeath_sig */
        pdeath_sig?: (number|null);

        /** thread_core_entry signals_p */
        signals_p?: (signal_queue_entry.$Properties|null);

        /** thread_core_entry creds */
        creds?: (creds_entry.$Properties|null);

        /** thread_core_entry seccomp_mode */
        seccomp_mode?: (seccomp_mode|null);

        /** thread_core_entry seccomp_filter */
        seccomp_filter?: (number|null);

        /** thread_core_entry comm */
        comm?: (string|null);

        /** thread_core_entry blk_sigset_extended */
        blk_sigset_extended?: (number|Long|null);

        /** thread_core_entry rseq_entry */
        rseq_entry?: (rseq_entry.$Properties|null);

        /** thread_core_entry cg_set */
        cg_set?: (number|null);

        /** thread_core_entry amber_xsave */
        amber_xsave?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a thread_core_entry. */
    type $Shape = thread_core_entry.$Properties;
}

/** core_march enum. */
export enum core_march {

    /** UNKNOWN value */
    UNKNOWN = 0,

    /** X86_64 value */
    X86_64 = 1,

    /** ARM value */
    ARM = 2,

    /** AARCH64 value */
    AARCH64 = 3,

    /** PPC64 value */
    PPC64 = 4,

    /** S390 value */
    S390 = 5,

    /** MIPS value */
    MIPS = 6,

    /** LOONGARCH64 value */
    LOONGARCH64 = 7,

    /** RISCV64 value */
    RISCV64 = 8
}

/**
 * Properties of a core_entry.
 * @deprecated Use core_entry.$Properties instead.
 */
export interface Icore_entry extends core_entry.$Properties {
}

/** Represents a core_entry. */
export class core_entry {

    /**
     * Constructs a new core_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: core_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** core_entry mtype. */
    mtype: core_march;

    /** core_entry thread_info. */
    thread_info?: (thread_info_x86.$Properties|null);

    /** core_entry tc. */
    tc?: (task_core_entry.$Properties|null);

    /** core_entry ids. */
    ids?: (task_kobj_ids_entry.$Properties|null);

    /** core_entry thread_core. */
    thread_core?: (thread_core_entry.$Properties|null);

    /**
     * Creates a new core_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns core_entry instance
     */
    static create(properties: core_entry.$Shape): core_entry & core_entry.$Shape;
    static create(properties?: core_entry.$Properties): core_entry;

    /**
     * Encodes the specified core_entry message. Does not implicitly {@link core_entry.verify|verify} messages.
     * @param message core_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: core_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a core_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {core_entry & core_entry.$Shape} core_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): core_entry & core_entry.$Shape;
}

export namespace core_entry {

    /** Properties of a core_entry. */
    interface $Properties {

        /** core_entry mtype */
        mtype: core_march;

        /** core_entry thread_info */
        thread_info?: (thread_info_x86.$Properties|null);

        /** core_entry tc */
        tc?: (task_core_entry.$Properties|null);

        /** core_entry ids */
        ids?: (task_kobj_ids_entry.$Properties|null);

        /** core_entry thread_core */
        thread_core?: (thread_core_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a core_entry. */
    type $Shape = core_entry.$Properties;
}

/**
 * Properties of an eventfd_file_entry.
 * @deprecated Use eventfd_file_entry.$Properties instead.
 */
export interface Ieventfd_file_entry extends eventfd_file_entry.$Properties {
}

/** Represents an eventfd_file_entry. */
export class eventfd_file_entry {

    /**
     * Constructs a new eventfd_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: eventfd_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** eventfd_file_entry id. */
    id: number;

    /** eventfd_file_entry flags. */
    flags: number;

    /** eventfd_file_entry fown. */
    fown: fown_entry.$Properties;

    /** eventfd_file_entry counter. */
    counter: (number|Long);

    /** eventfd_file_entry semaphore. */
    semaphore: boolean;

    /**
     * Creates a new eventfd_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns eventfd_file_entry instance
     */
    static create(properties: eventfd_file_entry.$Shape): eventfd_file_entry & eventfd_file_entry.$Shape;
    static create(properties?: eventfd_file_entry.$Properties): eventfd_file_entry;

    /**
     * Encodes the specified eventfd_file_entry message. Does not implicitly {@link eventfd_file_entry.verify|verify} messages.
     * @param message eventfd_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: eventfd_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an eventfd_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {eventfd_file_entry & eventfd_file_entry.$Shape} eventfd_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventfd_file_entry & eventfd_file_entry.$Shape;
}

export namespace eventfd_file_entry {

    /** Properties of an eventfd_file_entry. */
    interface $Properties {

        /** eventfd_file_entry id */
        id: number;

        /** eventfd_file_entry flags */
        flags: number;

        /** eventfd_file_entry fown */
        fown: fown_entry.$Properties;

        /** eventfd_file_entry counter */
        counter: (number|Long);

        /** eventfd_file_entry semaphore */
        semaphore?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an eventfd_file_entry. */
    type $Shape = eventfd_file_entry.$Properties;
}

/**
 * Properties of a signalfd_entry.
 * @deprecated Use signalfd_entry.$Properties instead.
 */
export interface Isignalfd_entry extends signalfd_entry.$Properties {
}

/** Represents a signalfd_entry. */
export class signalfd_entry {

    /**
     * Constructs a new signalfd_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: signalfd_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** signalfd_entry id. */
    id: number;

    /** signalfd_entry flags. */
    flags: number;

    /** signalfd_entry fown. */
    fown: fown_entry.$Properties;

    /** signalfd_entry sigmask. */
    sigmask: (number|Long);

    /**
     * Creates a new signalfd_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns signalfd_entry instance
     */
    static create(properties: signalfd_entry.$Shape): signalfd_entry & signalfd_entry.$Shape;
    static create(properties?: signalfd_entry.$Properties): signalfd_entry;

    /**
     * Encodes the specified signalfd_entry message. Does not implicitly {@link signalfd_entry.verify|verify} messages.
     * @param message signalfd_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: signalfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a signalfd_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {signalfd_entry & signalfd_entry.$Shape} signalfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signalfd_entry & signalfd_entry.$Shape;
}

export namespace signalfd_entry {

    /** Properties of a signalfd_entry. */
    interface $Properties {

        /** signalfd_entry id */
        id: number;

        /** signalfd_entry flags */
        flags: number;

        /** signalfd_entry fown */
        fown: fown_entry.$Properties;

        /** signalfd_entry sigmask */
        sigmask: (number|Long);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a signalfd_entry. */
    type $Shape = signalfd_entry.$Properties;
}

/**
 * Properties of a timerfd_entry.
 * @deprecated Use timerfd_entry.$Properties instead.
 */
export interface Itimerfd_entry extends timerfd_entry.$Properties {
}

/** Represents a timerfd_entry. */
export class timerfd_entry {

    /**
     * Constructs a new timerfd_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: timerfd_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** timerfd_entry id. */
    id: number;

    /** timerfd_entry flags. */
    flags: number;

    /** timerfd_entry fown. */
    fown: fown_entry.$Properties;

    /** timerfd_entry clockid. */
    clockid: number;

    /** timerfd_entry ticks. */
    ticks: (number|Long);

    /** timerfd_entry settime_flags. */
    settime_flags: number;

    /** timerfd_entry vsec. */
    vsec: (number|Long);

    /** timerfd_entry vnsec. */
    vnsec: (number|Long);

    /** timerfd_entry isec. */
    isec: (number|Long);

    /** timerfd_entry insec. */
    insec: (number|Long);

    /** timerfd_entry deadline_ns. */
    deadline_ns: (number|Long);

    /**
     * Creates a new timerfd_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns timerfd_entry instance
     */
    static create(properties: timerfd_entry.$Shape): timerfd_entry & timerfd_entry.$Shape;
    static create(properties?: timerfd_entry.$Properties): timerfd_entry;

    /**
     * Encodes the specified timerfd_entry message. Does not implicitly {@link timerfd_entry.verify|verify} messages.
     * @param message timerfd_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: timerfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a timerfd_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {timerfd_entry & timerfd_entry.$Shape} timerfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): timerfd_entry & timerfd_entry.$Shape;
}

export namespace timerfd_entry {

    /** Properties of a timerfd_entry. */
    interface $Properties {

        /** timerfd_entry id */
        id: number;

        /** timerfd_entry flags */
        flags: number;

        /** timerfd_entry fown */
        fown: fown_entry.$Properties;

        /** timerfd_entry clockid */
        clockid: number;

        /** timerfd_entry ticks */
        ticks: (number|Long);

        /** timerfd_entry settime_flags */
        settime_flags: number;

        /** timerfd_entry vsec */
        vsec: (number|Long);

        /** timerfd_entry vnsec */
        vnsec: (number|Long);

        /** timerfd_entry isec */
        isec: (number|Long);

        /** timerfd_entry insec */
        insec: (number|Long);

        /** timerfd_entry deadline_ns */
        deadline_ns?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a timerfd_entry. */
    type $Shape = timerfd_entry.$Properties;
}

/**
 * Properties of a pidfd_entry.
 * @deprecated Use pidfd_entry.$Properties instead.
 */
export interface Ipidfd_entry extends pidfd_entry.$Properties {
}

/** Represents a pidfd_entry. */
export class pidfd_entry {

    /**
     * Constructs a new pidfd_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: pidfd_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pidfd_entry id. */
    id: number;

    /** pidfd_entry ino. */
    ino: number;

    /** pidfd_entry flags. */
    flags: number;

    /** pidfd_entry nspid. */
    nspid: number;

    /** pidfd_entry fown. */
    fown: fown_entry.$Properties;

    /**
     * Creates a new pidfd_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pidfd_entry instance
     */
    static create(properties: pidfd_entry.$Shape): pidfd_entry & pidfd_entry.$Shape;
    static create(properties?: pidfd_entry.$Properties): pidfd_entry;

    /**
     * Encodes the specified pidfd_entry message. Does not implicitly {@link pidfd_entry.verify|verify} messages.
     * @param message pidfd_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pidfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pidfd_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pidfd_entry & pidfd_entry.$Shape} pidfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pidfd_entry & pidfd_entry.$Shape;
}

export namespace pidfd_entry {

    /** Properties of a pidfd_entry. */
    interface $Properties {

        /** pidfd_entry id */
        id: number;

        /** pidfd_entry ino */
        ino: number;

        /** pidfd_entry flags */
        flags: number;

        /** pidfd_entry nspid */
        nspid: number;

        /** pidfd_entry fown */
        fown: fown_entry.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pidfd_entry. */
    type $Shape = pidfd_entry.$Properties;
}

/**
 * Properties of a file_lock_entry.
 * @deprecated Use file_lock_entry.$Properties instead.
 */
export interface Ifile_lock_entry extends file_lock_entry.$Properties {
}

/** Represents a file_lock_entry. */
export class file_lock_entry {

    /**
     * Constructs a new file_lock_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: file_lock_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** file_lock_entry flag. */
    flag: number;

    /** file_lock_entry type. */
    type: number;

    /** file_lock_entry pid. */
    pid: number;

    /** file_lock_entry fd. */
    fd: number;

    /** file_lock_entry start. */
    start: (number|Long);

    /** file_lock_entry len. */
    len: (number|Long);

    /**
     * Creates a new file_lock_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns file_lock_entry instance
     */
    static create(properties: file_lock_entry.$Shape): file_lock_entry & file_lock_entry.$Shape;
    static create(properties?: file_lock_entry.$Properties): file_lock_entry;

    /**
     * Encodes the specified file_lock_entry message. Does not implicitly {@link file_lock_entry.verify|verify} messages.
     * @param message file_lock_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: file_lock_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a file_lock_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {file_lock_entry & file_lock_entry.$Shape} file_lock_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_lock_entry & file_lock_entry.$Shape;
}

export namespace file_lock_entry {

    /** Properties of a file_lock_entry. */
    interface $Properties {

        /** file_lock_entry flag */
        flag: number;

        /** file_lock_entry type */
        type: number;

        /** file_lock_entry pid */
        pid: number;

        /** file_lock_entry fd */
        fd: number;

        /** file_lock_entry start */
        start: (number|Long);

        /** file_lock_entry len */
        len: (number|Long);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a file_lock_entry. */
    type $Shape = file_lock_entry.$Properties;
}

/** fd_types enum. */
export enum fd_types {

    /** UND value */
    UND = 0,

    /** REG value */
    REG = 1,

    /** PIPE value */
    PIPE = 2,

    /** FIFO value */
    FIFO = 3,

    /** INETSK value */
    INETSK = 4,

    /** UNIXSK value */
    UNIXSK = 5,

    /** EVENTFD value */
    EVENTFD = 6,

    /** EVENTPOLL value */
    EVENTPOLL = 7,

    /** INOTIFY value */
    INOTIFY = 8,

    /** SIGNALFD value */
    SIGNALFD = 9,

    /** PACKETSK value */
    PACKETSK = 10,

    /** TTY value */
    TTY = 11,

    /** FANOTIFY value */
    FANOTIFY = 12,

    /** NETLINKSK value */
    NETLINKSK = 13,

    /** NS value */
    NS = 14,

    /** TUNF value */
    TUNF = 15,

    /** EXT value */
    EXT = 16,

    /** TIMERFD value */
    TIMERFD = 17,

    /** MEMFD value */
    MEMFD = 18,

    /** BPFMAP value */
    BPFMAP = 19,

    /** PIDFD value */
    PIDFD = 20,

    /** CTL_TTY value */
    CTL_TTY = 65534,

    /** AUTOFS_PIPE value */
    AUTOFS_PIPE = 65535
}

/**
 * Properties of a fown_entry.
 * @deprecated Use fown_entry.$Properties instead.
 */
export interface Ifown_entry extends fown_entry.$Properties {
}

/** Represents a fown_entry. */
export class fown_entry {

    /**
     * Constructs a new fown_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fown_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fown_entry uid. */
    uid: number;

    /** fown_entry euid. */
    euid: number;

    /** fown_entry signum. */
    signum: number;

    /** fown_entry pid_type. */
    pid_type: number;

    /** fown_entry pid. */
    pid: number;

    /**
     * Creates a new fown_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fown_entry instance
     */
    static create(properties: fown_entry.$Shape): fown_entry & fown_entry.$Shape;
    static create(properties?: fown_entry.$Properties): fown_entry;

    /**
     * Encodes the specified fown_entry message. Does not implicitly {@link fown_entry.verify|verify} messages.
     * @param message fown_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fown_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fown_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fown_entry & fown_entry.$Shape} fown_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fown_entry & fown_entry.$Shape;
}

export namespace fown_entry {

    /** Properties of a fown_entry. */
    interface $Properties {

        /** fown_entry uid */
        uid: number;

        /** fown_entry euid */
        euid: number;

        /** fown_entry signum */
        signum: number;

        /** fown_entry pid_type */
        pid_type: number;

        /** fown_entry pid */
        pid: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fown_entry. */
    type $Shape = fown_entry.$Properties;
}

/**
 * Properties of a reg_file_entry.
 * @deprecated Use reg_file_entry.$Properties instead.
 */
export interface Ireg_file_entry extends reg_file_entry.$Properties {
}

/** Represents a reg_file_entry. */
export class reg_file_entry {

    /**
     * Constructs a new reg_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: reg_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** reg_file_entry id. */
    id: number;

    /** reg_file_entry flags. */
    flags: number;

    /** reg_file_entry pos. */
    pos: (number|Long);

    /** reg_file_entry fown. */
    fown: fown_entry.$Properties;

    /** reg_file_entry name. */
    name: string;

    /** reg_file_entry mnt_id. */
    mnt_id: number;

    /** reg_file_entry size. */
    size: (number|Long);

    /** reg_file_entry ext. */
    ext: boolean;

    /** reg_file_entry mode. */
    mode: number;

    /** reg_file_entry build_id. */
    build_id: number[];

    /** reg_file_entry checksum. */
    checksum: number;

    /** reg_file_entry checksum_config. */
    checksum_config: number;

    /** reg_file_entry checksum_parameter. */
    checksum_parameter: number;

    /**
     * Creates a new reg_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns reg_file_entry instance
     */
    static create(properties: reg_file_entry.$Shape): reg_file_entry & reg_file_entry.$Shape;
    static create(properties?: reg_file_entry.$Properties): reg_file_entry;

    /**
     * Encodes the specified reg_file_entry message. Does not implicitly {@link reg_file_entry.verify|verify} messages.
     * @param message reg_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: reg_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a reg_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {reg_file_entry & reg_file_entry.$Shape} reg_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reg_file_entry & reg_file_entry.$Shape;
}

export namespace reg_file_entry {

    /** Properties of a reg_file_entry. */
    interface $Properties {

        /** reg_file_entry id */
        id: number;

        /** reg_file_entry flags */
        flags: number;

        /** reg_file_entry pos */
        pos: (number|Long);

        /** reg_file_entry fown */
        fown: fown_entry.$Properties;

        /** reg_file_entry name */
        name: string;

        /** reg_file_entry mnt_id */
        mnt_id?: (number|null);

        /** reg_file_entry size */
        size?: (number|Long|null);

        /** reg_file_entry ext */
        ext?: (boolean|null);

        /** reg_file_entry mode */
        mode?: (number|null);

        /** reg_file_entry build_id */
        build_id?: (number[]|null);

        /** reg_file_entry checksum */
        checksum?: (number|null);

        /** reg_file_entry checksum_config */
        checksum_config?: (number|null);

        /** reg_file_entry checksum_parameter */
        checksum_parameter?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a reg_file_entry. */
    type $Shape = reg_file_entry.$Properties;
}

/**
 * Properties of a pipe_entry.
 * @deprecated Use pipe_entry.$Properties instead.
 */
export interface Ipipe_entry extends pipe_entry.$Properties {
}

/** Represents a pipe_entry. */
export class pipe_entry {

    /**
     * Constructs a new pipe_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: pipe_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pipe_entry id. */
    id: number;

    /** pipe_entry pipe_id. */
    pipe_id: number;

    /** pipe_entry flags. */
    flags: number;

    /** pipe_entry fown. */
    fown: fown_entry.$Properties;

    /**
     * Creates a new pipe_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pipe_entry instance
     */
    static create(properties: pipe_entry.$Shape): pipe_entry & pipe_entry.$Shape;
    static create(properties?: pipe_entry.$Properties): pipe_entry;

    /**
     * Encodes the specified pipe_entry message. Does not implicitly {@link pipe_entry.verify|verify} messages.
     * @param message pipe_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pipe_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pipe_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pipe_entry & pipe_entry.$Shape} pipe_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pipe_entry & pipe_entry.$Shape;
}

export namespace pipe_entry {

    /** Properties of a pipe_entry. */
    interface $Properties {

        /** pipe_entry id */
        id: number;

        /** pipe_entry pipe_id */
        pipe_id: number;

        /** pipe_entry flags */
        flags: number;

        /** pipe_entry fown */
        fown: fown_entry.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pipe_entry. */
    type $Shape = pipe_entry.$Properties;
}

/**
 * Properties of a fifo_entry.
 * @deprecated Use fifo_entry.$Properties instead.
 */
export interface Ififo_entry extends fifo_entry.$Properties {
}

/** Represents a fifo_entry. */
export class fifo_entry {

    /**
     * Constructs a new fifo_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fifo_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fifo_entry id. */
    id: number;

    /** fifo_entry pipe_id. */
    pipe_id: number;

    /** fifo_entry regf_id. */
    regf_id: number;

    /**
     * Creates a new fifo_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fifo_entry instance
     */
    static create(properties: fifo_entry.$Shape): fifo_entry & fifo_entry.$Shape;
    static create(properties?: fifo_entry.$Properties): fifo_entry;

    /**
     * Encodes the specified fifo_entry message. Does not implicitly {@link fifo_entry.verify|verify} messages.
     * @param message fifo_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fifo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fifo_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fifo_entry & fifo_entry.$Shape} fifo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fifo_entry & fifo_entry.$Shape;
}

export namespace fifo_entry {

    /** Properties of a fifo_entry. */
    interface $Properties {

        /** fifo_entry id */
        id: number;

        /** fifo_entry pipe_id */
        pipe_id: number;

        /** fifo_entry regf_id */
        regf_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fifo_entry. */
    type $Shape = fifo_entry.$Properties;
}

/**
 * Properties of an eventpoll_tfd_entry.
 * @deprecated Use eventpoll_tfd_entry.$Properties instead.
 */
export interface Ieventpoll_tfd_entry extends eventpoll_tfd_entry.$Properties {
}

/** Represents an eventpoll_tfd_entry. */
export class eventpoll_tfd_entry {

    /**
     * Constructs a new eventpoll_tfd_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: eventpoll_tfd_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** eventpoll_tfd_entry id. */
    id: number;

    /** eventpoll_tfd_entry tfd. */
    tfd: number;

    /** eventpoll_tfd_entry events. */
    events: number;

    /** eventpoll_tfd_entry data. */
    data: (number|Long);

    /** eventpoll_tfd_entry dev. */
    dev: number;

    /** eventpoll_tfd_entry inode. */
    inode: (number|Long);

    /** eventpoll_tfd_entry pos. */
    pos: (number|Long);

    /**
     * Creates a new eventpoll_tfd_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns eventpoll_tfd_entry instance
     */
    static create(properties: eventpoll_tfd_entry.$Shape): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
    static create(properties?: eventpoll_tfd_entry.$Properties): eventpoll_tfd_entry;

    /**
     * Encodes the specified eventpoll_tfd_entry message. Does not implicitly {@link eventpoll_tfd_entry.verify|verify} messages.
     * @param message eventpoll_tfd_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: eventpoll_tfd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an eventpoll_tfd_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape} eventpoll_tfd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventpoll_tfd_entry & eventpoll_tfd_entry.$Shape;
}

export namespace eventpoll_tfd_entry {

    /** Properties of an eventpoll_tfd_entry. */
    interface $Properties {

        /** eventpoll_tfd_entry id */
        id: number;

        /** eventpoll_tfd_entry tfd */
        tfd: number;

        /** eventpoll_tfd_entry events */
        events: number;

        /** eventpoll_tfd_entry data */
        data: (number|Long);

        /** eventpoll_tfd_entry dev */
        dev?: (number|null);

        /** eventpoll_tfd_entry inode */
        inode?: (number|Long|null);

        /** eventpoll_tfd_entry pos */
        pos?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an eventpoll_tfd_entry. */
    type $Shape = eventpoll_tfd_entry.$Properties;
}

/**
 * Properties of an eventpoll_file_entry.
 * @deprecated Use eventpoll_file_entry.$Properties instead.
 */
export interface Ieventpoll_file_entry extends eventpoll_file_entry.$Properties {
}

/** Represents an eventpoll_file_entry. */
export class eventpoll_file_entry {

    /**
     * Constructs a new eventpoll_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: eventpoll_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** eventpoll_file_entry id. */
    id: number;

    /** eventpoll_file_entry flags. */
    flags: number;

    /** eventpoll_file_entry fown. */
    fown: fown_entry.$Properties;

    /** eventpoll_file_entry tfd. */
    tfd: eventpoll_tfd_entry.$Properties[];

    /**
     * Creates a new eventpoll_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns eventpoll_file_entry instance
     */
    static create(properties: eventpoll_file_entry.$Shape): eventpoll_file_entry & eventpoll_file_entry.$Shape;
    static create(properties?: eventpoll_file_entry.$Properties): eventpoll_file_entry;

    /**
     * Encodes the specified eventpoll_file_entry message. Does not implicitly {@link eventpoll_file_entry.verify|verify} messages.
     * @param message eventpoll_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: eventpoll_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an eventpoll_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {eventpoll_file_entry & eventpoll_file_entry.$Shape} eventpoll_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): eventpoll_file_entry & eventpoll_file_entry.$Shape;
}

export namespace eventpoll_file_entry {

    /** Properties of an eventpoll_file_entry. */
    interface $Properties {

        /** eventpoll_file_entry id */
        id: number;

        /** eventpoll_file_entry flags */
        flags: number;

        /** eventpoll_file_entry fown */
        fown: fown_entry.$Properties;

        /** eventpoll_file_entry tfd */
        tfd?: (eventpoll_tfd_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an eventpoll_file_entry. */
    type $Shape = eventpoll_file_entry.$Properties;
}

/**
 * Properties of a file_entry.
 * @deprecated Use file_entry.$Properties instead.
 */
export interface Ifile_entry extends file_entry.$Properties {
}

/** Represents a file_entry. */
export class file_entry {

    /**
     * Constructs a new file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** file_entry type. */
    type: fd_types;

    /** file_entry id. */
    id: number;

    /** file_entry reg. */
    reg?: (reg_file_entry.$Properties|null);

    /** file_entry isk. */
    isk?: (inet_sk_entry.$Properties|null);

    /** file_entry nlsk. */
    nlsk?: (netlink_sk_entry.$Properties|null);

    /** file_entry efd. */
    efd?: (eventfd_file_entry.$Properties|null);

    /** file_entry epfd. */
    epfd?: (eventpoll_file_entry.$Properties|null);

    /** file_entry sgfd. */
    sgfd?: (signalfd_entry.$Properties|null);

    /** file_entry tfd. */
    tfd?: (timerfd_entry.$Properties|null);

    /** file_entry ify. */
    ify?: (inotify_file_entry.$Properties|null);

    /** file_entry ffy. */
    ffy?: (fanotify_file_entry.$Properties|null);

    /** file_entry usk. */
    usk?: (unix_sk_entry.$Properties|null);

    /** file_entry fifo. */
    fifo?: (fifo_entry.$Properties|null);

    /** file_entry pipe. */
    pipe?: (pipe_entry.$Properties|null);

    /** file_entry tty. */
    tty?: (tty_file_entry.$Properties|null);

    /** file_entry pidfd. */
    pidfd?: (pidfd_entry.$Properties|null);

    /**
     * Creates a new file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns file_entry instance
     */
    static create(properties: file_entry.$Shape): file_entry & file_entry.$Shape;
    static create(properties?: file_entry.$Properties): file_entry;

    /**
     * Encodes the specified file_entry message. Does not implicitly {@link file_entry.verify|verify} messages.
     * @param message file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {file_entry & file_entry.$Shape} file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_entry & file_entry.$Shape;
}

export namespace file_entry {

    /** Properties of a file_entry. */
    interface $Properties {

        /** file_entry type */
        type: fd_types;

        /** file_entry id */
        id: number;

        /** file_entry reg */
        reg?: (reg_file_entry.$Properties|null);

        /** file_entry isk */
        isk?: (inet_sk_entry.$Properties|null);

        /** file_entry nlsk */
        nlsk?: (netlink_sk_entry.$Properties|null);

        /** file_entry efd */
        efd?: (eventfd_file_entry.$Properties|null);

        /** file_entry epfd */
        epfd?: (eventpoll_file_entry.$Properties|null);

        /** file_entry sgfd */
        sgfd?: (signalfd_entry.$Properties|null);

        /** file_entry tfd */
        tfd?: (timerfd_entry.$Properties|null);

        /** file_entry ify */
        ify?: (inotify_file_entry.$Properties|null);

        /** file_entry ffy */
        ffy?: (fanotify_file_entry.$Properties|null);

        /** file_entry usk */
        usk?: (unix_sk_entry.$Properties|null);

        /** file_entry fifo */
        fifo?: (fifo_entry.$Properties|null);

        /** file_entry pipe */
        pipe?: (pipe_entry.$Properties|null);

        /** file_entry tty */
        tty?: (tty_file_entry.$Properties|null);

        /** file_entry pidfd */
        pidfd?: (pidfd_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a file_entry. */
    type $Shape = file_entry.$Properties;
}

/**
 * Properties of a fdinfo_entry.
 * @deprecated Use fdinfo_entry.$Properties instead.
 */
export interface Ifdinfo_entry extends fdinfo_entry.$Properties {
}

/** Represents a fdinfo_entry. */
export class fdinfo_entry {

    /**
     * Constructs a new fdinfo_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fdinfo_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fdinfo_entry id. */
    id: number;

    /** fdinfo_entry flags. */
    flags: number;

    /** fdinfo_entry type. */
    type: fd_types;

    /** fdinfo_entry fd. */
    fd: number;

    /** fdinfo_entry xattr_security_selinux. */
    xattr_security_selinux: string;

    /**
     * Creates a new fdinfo_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fdinfo_entry instance
     */
    static create(properties: fdinfo_entry.$Shape): fdinfo_entry & fdinfo_entry.$Shape;
    static create(properties?: fdinfo_entry.$Properties): fdinfo_entry;

    /**
     * Encodes the specified fdinfo_entry message. Does not implicitly {@link fdinfo_entry.verify|verify} messages.
     * @param message fdinfo_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fdinfo_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fdinfo_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fdinfo_entry & fdinfo_entry.$Shape} fdinfo_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fdinfo_entry & fdinfo_entry.$Shape;
}

export namespace fdinfo_entry {

    /** Properties of a fdinfo_entry. */
    interface $Properties {

        /** fdinfo_entry id */
        id: number;

        /** fdinfo_entry flags */
        flags: number;

        /** fdinfo_entry type */
        type: fd_types;

        /** fdinfo_entry fd */
        fd: number;

        /** fdinfo_entry xattr_security_selinux */
        xattr_security_selinux?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fdinfo_entry. */
    type $Shape = fdinfo_entry.$Properties;
}

/**
 * Properties of an ip_opts_raw_entry.
 * @deprecated Use ip_opts_raw_entry.$Properties instead.
 */
export interface Iip_opts_raw_entry extends ip_opts_raw_entry.$Properties {
}

/** Represents an ip_opts_raw_entry. */
export class ip_opts_raw_entry {

    /**
     * Constructs a new ip_opts_raw_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: ip_opts_raw_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ip_opts_raw_entry hdrincl. */
    hdrincl: boolean;

    /** ip_opts_raw_entry nodefrag. */
    nodefrag: boolean;

    /** ip_opts_raw_entry checksum. */
    checksum: boolean;

    /** ip_opts_raw_entry icmpv_filter. */
    icmpv_filter: number[];

    /**
     * Creates a new ip_opts_raw_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ip_opts_raw_entry instance
     */
    static create(properties: ip_opts_raw_entry.$Shape): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
    static create(properties?: ip_opts_raw_entry.$Properties): ip_opts_raw_entry;

    /**
     * Encodes the specified ip_opts_raw_entry message. Does not implicitly {@link ip_opts_raw_entry.verify|verify} messages.
     * @param message ip_opts_raw_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: ip_opts_raw_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an ip_opts_raw_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {ip_opts_raw_entry & ip_opts_raw_entry.$Shape} ip_opts_raw_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ip_opts_raw_entry & ip_opts_raw_entry.$Shape;
}

export namespace ip_opts_raw_entry {

    /** Properties of an ip_opts_raw_entry. */
    interface $Properties {

        /** ip_opts_raw_entry hdrincl */
        hdrincl?: (boolean|null);

        /** ip_opts_raw_entry nodefrag */
        nodefrag?: (boolean|null);

        /** ip_opts_raw_entry checksum */
        checksum?: (boolean|null);

        /** ip_opts_raw_entry icmpv_filter */
        icmpv_filter?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an ip_opts_raw_entry. */
    type $Shape = ip_opts_raw_entry.$Properties;
}

/**
 * Properties of an ip_opts_entry.
 * @deprecated Use ip_opts_entry.$Properties instead.
 */
export interface Iip_opts_entry extends ip_opts_entry.$Properties {
}

/** Represents an ip_opts_entry. */
export class ip_opts_entry {

    /**
     * Constructs a new ip_opts_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: ip_opts_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** ip_opts_entry freebind. */
    freebind: boolean;

    /** ip_opts_entry raw. */
    raw?: (ip_opts_raw_entry.$Properties|null);

    /** ip_opts_entry pktinfo. */
    pktinfo: boolean;

    /** ip_opts_entry tos. */
    tos: number;

    /** ip_opts_entry ttl. */
    ttl: number;

    /**
     * Creates a new ip_opts_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns ip_opts_entry instance
     */
    static create(properties: ip_opts_entry.$Shape): ip_opts_entry & ip_opts_entry.$Shape;
    static create(properties?: ip_opts_entry.$Properties): ip_opts_entry;

    /**
     * Encodes the specified ip_opts_entry message. Does not implicitly {@link ip_opts_entry.verify|verify} messages.
     * @param message ip_opts_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: ip_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an ip_opts_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {ip_opts_entry & ip_opts_entry.$Shape} ip_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ip_opts_entry & ip_opts_entry.$Shape;
}

export namespace ip_opts_entry {

    /** Properties of an ip_opts_entry. */
    interface $Properties {

        /** ip_opts_entry freebind */
        freebind?: (boolean|null);

        /** ip_opts_entry raw */
        raw?: (ip_opts_raw_entry.$Properties|null);

        /** ip_opts_entry pktinfo */
        pktinfo?: (boolean|null);

        /** ip_opts_entry tos */
        tos?: (number|null);

        /** ip_opts_entry ttl */
        ttl?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an ip_opts_entry. */
    type $Shape = ip_opts_entry.$Properties;
}

/**
 * Properties of an inet_sk_entry.
 * @deprecated Use inet_sk_entry.$Properties instead.
 */
export interface Iinet_sk_entry extends inet_sk_entry.$Properties {
}

/** Represents an inet_sk_entry. */
export class inet_sk_entry {

    /**
     * Constructs a new inet_sk_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: inet_sk_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** inet_sk_entry id. */
    id: number;

    /** inet_sk_entry ino. */
    ino: number;

    /** inet_sk_entry family. */
    family: number;

    /** inet_sk_entry type. */
    type: number;

    /** inet_sk_entry proto. */
    proto: number;

    /** inet_sk_entry state. */
    state: number;

    /** inet_sk_entry src_port. */
    src_port: number;

    /** inet_sk_entry dst_port. */
    dst_port: number;

    /** inet_sk_entry flags. */
    flags: number;

    /** inet_sk_entry backlog. */
    backlog: number;

    /** inet_sk_entry src_addr. */
    src_addr: number[];

    /** inet_sk_entry dst_addr. */
    dst_addr: number[];

    /** inet_sk_entry fown. */
    fown: fown_entry.$Properties;

    /** inet_sk_entry opts. */
    opts: sk_opts_entry.$Properties;

    /** inet_sk_entry v6only. */
    v6only: boolean;

    /** inet_sk_entry ip_opts. */
    ip_opts?: (ip_opts_entry.$Properties|null);

    /** inet_sk_entry ifname. */
    ifname: string;

    /** inet_sk_entry ns_id. */
    ns_id: number;

    /** inet_sk_entry shutdown. */
    shutdown: sk_shutdown;

    /** inet_sk_entry tcp_opts. */
    tcp_opts?: (tcp_opts_entry.$Properties|null);

    /**
     * Creates a new inet_sk_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns inet_sk_entry instance
     */
    static create(properties: inet_sk_entry.$Shape): inet_sk_entry & inet_sk_entry.$Shape;
    static create(properties?: inet_sk_entry.$Properties): inet_sk_entry;

    /**
     * Encodes the specified inet_sk_entry message. Does not implicitly {@link inet_sk_entry.verify|verify} messages.
     * @param message inet_sk_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: inet_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an inet_sk_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {inet_sk_entry & inet_sk_entry.$Shape} inet_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inet_sk_entry & inet_sk_entry.$Shape;
}

export namespace inet_sk_entry {

    /** Properties of an inet_sk_entry. */
    interface $Properties {

        /** inet_sk_entry id */
        id: number;

        /** inet_sk_entry ino */
        ino: number;

        /** inet_sk_entry family */
        family: number;

        /** inet_sk_entry type */
        type: number;

        /** inet_sk_entry proto */
        proto: number;

        /** inet_sk_entry state */
        state: number;

        /** inet_sk_entry src_port */
        src_port: number;

        /** inet_sk_entry dst_port */
        dst_port: number;

        /** inet_sk_entry flags */
        flags: number;

        /** inet_sk_entry backlog */
        backlog: number;

        /** inet_sk_entry src_addr */
        src_addr?: (number[]|null);

        /** inet_sk_entry dst_addr */
        dst_addr?: (number[]|null);

        /** inet_sk_entry fown */
        fown: fown_entry.$Properties;

        /** inet_sk_entry opts */
        opts: sk_opts_entry.$Properties;

        /** inet_sk_entry v6only */
        v6only?: (boolean|null);

        /** inet_sk_entry ip_opts */
        ip_opts?: (ip_opts_entry.$Properties|null);

        /** inet_sk_entry ifname */
        ifname?: (string|null);

        /** inet_sk_entry ns_id */
        ns_id?: (number|null);

        /** inet_sk_entry shutdown */
        shutdown?: (sk_shutdown|null);

        /** inet_sk_entry tcp_opts */
        tcp_opts?: (tcp_opts_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an inet_sk_entry. */
    type $Shape = inet_sk_entry.$Properties;
}

/**
 * Properties of a sk_opts_entry.
 * @deprecated Use sk_opts_entry.$Properties instead.
 */
export interface Isk_opts_entry extends sk_opts_entry.$Properties {
}

/** Represents a sk_opts_entry. */
export class sk_opts_entry {

    /**
     * Constructs a new sk_opts_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: sk_opts_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** sk_opts_entry so_sndbuf. */
    so_sndbuf: number;

    /** sk_opts_entry so_rcvbuf. */
    so_rcvbuf: number;

    /** sk_opts_entry so_snd_tmo_sec. */
    so_snd_tmo_sec: (number|Long);

    /** sk_opts_entry so_snd_tmo_usec. */
    so_snd_tmo_usec: (number|Long);

    /** sk_opts_entry so_rcv_tmo_sec. */
    so_rcv_tmo_sec: (number|Long);

    /** sk_opts_entry so_rcv_tmo_usec. */
    so_rcv_tmo_usec: (number|Long);

    /** sk_opts_entry reuseaddr. */
    reuseaddr: boolean;

    /** sk_opts_entry so_priority. */
    so_priority: number;

    /** sk_opts_entry so_rcvlowat. */
    so_rcvlowat: number;

    /** sk_opts_entry so_mark. */
    so_mark: number;

    /** sk_opts_entry so_passcred. */
    so_passcred: boolean;

    /** sk_opts_entry so_passsec. */
    so_passsec: boolean;

    /** sk_opts_entry so_dontroute. */
    so_dontroute: boolean;

    /** sk_opts_entry so_no_check. */
    so_no_check: boolean;

    /** sk_opts_entry so_bound_dev. */
    so_bound_dev: string;

    /** sk_opts_entry so_filter. */
    so_filter: (number|Long)[];

    /** sk_opts_entry so_reuseport. */
    so_reuseport: boolean;

    /** sk_opts_entry so_broadcast. */
    so_broadcast: boolean;

    /** sk_opts_entry so_keepalive. */
    so_keepalive: boolean;

    /** sk_opts_entry tcp_keepcnt. */
    tcp_keepcnt: number;

    /** sk_opts_entry tcp_keepidle. */
    tcp_keepidle: number;

    /** sk_opts_entry tcp_keepintvl. */
    tcp_keepintvl: number;

    /** sk_opts_entry so_oobinline. */
    so_oobinline: number;

    /** sk_opts_entry so_linger. */
    so_linger: number;

    /** sk_opts_entry so_buf_lock. */
    so_buf_lock: number;

    /**
     * Creates a new sk_opts_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns sk_opts_entry instance
     */
    static create(properties: sk_opts_entry.$Shape): sk_opts_entry & sk_opts_entry.$Shape;
    static create(properties?: sk_opts_entry.$Properties): sk_opts_entry;

    /**
     * Encodes the specified sk_opts_entry message. Does not implicitly {@link sk_opts_entry.verify|verify} messages.
     * @param message sk_opts_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: sk_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a sk_opts_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {sk_opts_entry & sk_opts_entry.$Shape} sk_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_opts_entry & sk_opts_entry.$Shape;
}

export namespace sk_opts_entry {

    /** Properties of a sk_opts_entry. */
    interface $Properties {

        /** sk_opts_entry so_sndbuf */
        so_sndbuf: number;

        /** sk_opts_entry so_rcvbuf */
        so_rcvbuf: number;

        /** sk_opts_entry so_snd_tmo_sec */
        so_snd_tmo_sec: (number|Long);

        /** sk_opts_entry so_snd_tmo_usec */
        so_snd_tmo_usec: (number|Long);

        /** sk_opts_entry so_rcv_tmo_sec */
        so_rcv_tmo_sec: (number|Long);

        /** sk_opts_entry so_rcv_tmo_usec */
        so_rcv_tmo_usec: (number|Long);

        /** sk_opts_entry reuseaddr */
        reuseaddr?: (boolean|null);

        /** sk_opts_entry so_priority */
        so_priority?: (number|null);

        /** sk_opts_entry so_rcvlowat */
        so_rcvlowat?: (number|null);

        /** sk_opts_entry so_mark */
        so_mark?: (number|null);

        /** sk_opts_entry so_passcred */
        so_passcred?: (boolean|null);

        /** sk_opts_entry so_passsec */
        so_passsec?: (boolean|null);

        /** sk_opts_entry so_dontroute */
        so_dontroute?: (boolean|null);

        /** sk_opts_entry so_no_check */
        so_no_check?: (boolean|null);

        /** sk_opts_entry so_bound_dev */
        so_bound_dev?: (string|null);

        /** sk_opts_entry so_filter */
        so_filter?: ((number|Long)[]|null);

        /** sk_opts_entry so_reuseport */
        so_reuseport?: (boolean|null);

        /** sk_opts_entry so_broadcast */
        so_broadcast?: (boolean|null);

        /** sk_opts_entry so_keepalive */
        so_keepalive?: (boolean|null);

        /** sk_opts_entry tcp_keepcnt */
        tcp_keepcnt?: (number|null);

        /** sk_opts_entry tcp_keepidle */
        tcp_keepidle?: (number|null);

        /** sk_opts_entry tcp_keepintvl */
        tcp_keepintvl?: (number|null);

        /** sk_opts_entry so_oobinline */
        so_oobinline?: (number|null);

        /** sk_opts_entry so_linger */
        so_linger?: (number|null);

        /** sk_opts_entry so_buf_lock */
        so_buf_lock?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a sk_opts_entry. */
    type $Shape = sk_opts_entry.$Properties;
}

/** sk_shutdown enum. */
export enum sk_shutdown {

    /** NONE value */
    NONE = 0,

    /** READ value */
    READ = 1,

    /** WRITE value */
    WRITE = 2,

    /** BOTH value */
    BOTH = 3
}

/**
 * Properties of a tcp_opts_entry.
 * @deprecated Use tcp_opts_entry.$Properties instead.
 */
export interface Itcp_opts_entry extends tcp_opts_entry.$Properties {
}

/** Represents a tcp_opts_entry. */
export class tcp_opts_entry {

    /**
     * Constructs a new tcp_opts_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: tcp_opts_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** tcp_opts_entry cork. */
    cork: boolean;

    /** tcp_opts_entry nodelay. */
    nodelay: boolean;

    /** tcp_opts_entry keepcnt. */
    keepcnt: number;

    /** tcp_opts_entry keepidle. */
    keepidle: number;

    /** tcp_opts_entry keepintvl. */
    keepintvl: number;

    /**
     * Creates a new tcp_opts_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns tcp_opts_entry instance
     */
    static create(properties: tcp_opts_entry.$Shape): tcp_opts_entry & tcp_opts_entry.$Shape;
    static create(properties?: tcp_opts_entry.$Properties): tcp_opts_entry;

    /**
     * Encodes the specified tcp_opts_entry message. Does not implicitly {@link tcp_opts_entry.verify|verify} messages.
     * @param message tcp_opts_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: tcp_opts_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a tcp_opts_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {tcp_opts_entry & tcp_opts_entry.$Shape} tcp_opts_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tcp_opts_entry & tcp_opts_entry.$Shape;
}

export namespace tcp_opts_entry {

    /** Properties of a tcp_opts_entry. */
    interface $Properties {

        /** tcp_opts_entry cork */
        cork?: (boolean|null);

        /** tcp_opts_entry nodelay */
        nodelay?: (boolean|null);

        /** tcp_opts_entry keepcnt */
        keepcnt?: (number|null);

        /** tcp_opts_entry keepidle */
        keepidle?: (number|null);

        /** tcp_opts_entry keepintvl */
        keepintvl?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a tcp_opts_entry. */
    type $Shape = tcp_opts_entry.$Properties;
}

/**
 * Properties of a tcp_stream_entry.
 * @deprecated Use tcp_stream_entry.$Properties instead.
 */
export interface Itcp_stream_entry extends tcp_stream_entry.$Properties {
}

/** Represents a tcp_stream_entry. */
export class tcp_stream_entry {

    /**
     * Constructs a new tcp_stream_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: tcp_stream_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** tcp_stream_entry inq_len. */
    inq_len: number;

    /** tcp_stream_entry inq_seq. */
    inq_seq: number;

    /** tcp_stream_entry outq_len. */
    outq_len: number;

    /** tcp_stream_entry outq_seq. */
    outq_seq: number;

    /** tcp_stream_entry opt_mask. */
    opt_mask: number;

    /** tcp_stream_entry snd_wscale. */
    snd_wscale: number;

    /** tcp_stream_entry mss_clamp. */
    mss_clamp: number;

    /** tcp_stream_entry rcv_wscale. */
    rcv_wscale: number;

    /** tcp_stream_entry timestamp. */
    timestamp: number;

    /** tcp_stream_entry cork. */
    cork: boolean;

    /** tcp_stream_entry nodelay. */
    nodelay: boolean;

    /** tcp_stream_entry unsq_len. */
    unsq_len: number;

    /** tcp_stream_entry snd_wl1. */
    snd_wl1: number;

    /** tcp_stream_entry snd_wnd. */
    snd_wnd: number;

    /** tcp_stream_entry max_window. */
    max_window: number;

    /** tcp_stream_entry rcv_wnd. */
    rcv_wnd: number;

    /** tcp_stream_entry rcv_wup. */
    rcv_wup: number;

    /**
     * Creates a new tcp_stream_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns tcp_stream_entry instance
     */
    static create(properties: tcp_stream_entry.$Shape): tcp_stream_entry & tcp_stream_entry.$Shape;
    static create(properties?: tcp_stream_entry.$Properties): tcp_stream_entry;

    /**
     * Encodes the specified tcp_stream_entry message. Does not implicitly {@link tcp_stream_entry.verify|verify} messages.
     * @param message tcp_stream_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: tcp_stream_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a tcp_stream_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {tcp_stream_entry & tcp_stream_entry.$Shape} tcp_stream_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tcp_stream_entry & tcp_stream_entry.$Shape;
}

export namespace tcp_stream_entry {

    /** Properties of a tcp_stream_entry. */
    interface $Properties {

        /** tcp_stream_entry inq_len */
        inq_len: number;

        /** tcp_stream_entry inq_seq */
        inq_seq: number;

        /** tcp_stream_entry outq_len */
        outq_len: number;

        /** tcp_stream_entry outq_seq */
        outq_seq: number;

        /** tcp_stream_entry opt_mask */
        opt_mask: number;

        /** tcp_stream_entry snd_wscale */
        snd_wscale: number;

        /** tcp_stream_entry mss_clamp */
        mss_clamp: number;

        /** tcp_stream_entry rcv_wscale */
        rcv_wscale?: (number|null);

        /** tcp_stream_entry timestamp */
        timestamp?: (number|null);

        /** tcp_stream_entry cork */
        cork?: (boolean|null);

        /** tcp_stream_entry nodelay */
        nodelay?: (boolean|null);

        /** tcp_stream_entry unsq_len */
        unsq_len?: (number|null);

        /** tcp_stream_entry snd_wl1 */
        snd_wl1?: (number|null);

        /** tcp_stream_entry snd_wnd */
        snd_wnd?: (number|null);

        /** tcp_stream_entry max_window */
        max_window?: (number|null);

        /** tcp_stream_entry rcv_wnd */
        rcv_wnd?: (number|null);

        /** tcp_stream_entry rcv_wup */
        rcv_wup?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a tcp_stream_entry. */
    type $Shape = tcp_stream_entry.$Properties;
}

/**
 * Properties of a fh_entry.
 * @deprecated Use fh_entry.$Properties instead.
 */
export interface Ifh_entry extends fh_entry.$Properties {
}

/** Represents a fh_entry. */
export class fh_entry {

    /**
     * Constructs a new fh_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fh_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fh_entry bytes. */
    bytes: number;

    /** fh_entry type. */
    type: number;

    /** fh_entry handle. */
    handle: (number|Long)[];

    /** fh_entry path. */
    path: string;

    /** fh_entry mnt_id. */
    mnt_id: number;

    /**
     * Creates a new fh_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fh_entry instance
     */
    static create(properties: fh_entry.$Shape): fh_entry & fh_entry.$Shape;
    static create(properties?: fh_entry.$Properties): fh_entry;

    /**
     * Encodes the specified fh_entry message. Does not implicitly {@link fh_entry.verify|verify} messages.
     * @param message fh_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fh_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fh_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fh_entry & fh_entry.$Shape} fh_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fh_entry & fh_entry.$Shape;
}

export namespace fh_entry {

    /** Properties of a fh_entry. */
    interface $Properties {

        /** fh_entry bytes */
        bytes: number;

        /** fh_entry type */
        type: number;

        /** fh_entry handle */
        handle?: ((number|Long)[]|null);

        /** fh_entry path */
        path?: (string|null);

        /** fh_entry mnt_id */
        mnt_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fh_entry. */
    type $Shape = fh_entry.$Properties;
}

/**
 * Properties of an inotify_wd_entry.
 * @deprecated Use inotify_wd_entry.$Properties instead.
 */
export interface Iinotify_wd_entry extends inotify_wd_entry.$Properties {
}

/** Represents an inotify_wd_entry. */
export class inotify_wd_entry {

    /**
     * Constructs a new inotify_wd_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: inotify_wd_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** inotify_wd_entry id. */
    id: number;

    /** inotify_wd_entry i_ino. */
    i_ino: (number|Long);

    /** inotify_wd_entry mask. */
    mask: number;

    /** inotify_wd_entry ignored_mask. */
    ignored_mask: number;

    /** inotify_wd_entry s_dev. */
    s_dev: number;

    /** inotify_wd_entry wd. */
    wd: number;

    /** inotify_wd_entry f_handle. */
    f_handle: fh_entry.$Properties;

    /**
     * Creates a new inotify_wd_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns inotify_wd_entry instance
     */
    static create(properties: inotify_wd_entry.$Shape): inotify_wd_entry & inotify_wd_entry.$Shape;
    static create(properties?: inotify_wd_entry.$Properties): inotify_wd_entry;

    /**
     * Encodes the specified inotify_wd_entry message. Does not implicitly {@link inotify_wd_entry.verify|verify} messages.
     * @param message inotify_wd_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: inotify_wd_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an inotify_wd_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {inotify_wd_entry & inotify_wd_entry.$Shape} inotify_wd_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inotify_wd_entry & inotify_wd_entry.$Shape;
}

export namespace inotify_wd_entry {

    /** Properties of an inotify_wd_entry. */
    interface $Properties {

        /** inotify_wd_entry id */
        id: number;

        /** inotify_wd_entry i_ino */
        i_ino: (number|Long);

        /** inotify_wd_entry mask */
        mask: number;

        /** inotify_wd_entry ignored_mask */
        ignored_mask: number;

        /** inotify_wd_entry s_dev */
        s_dev: number;

        /** inotify_wd_entry wd */
        wd: number;

        /** inotify_wd_entry f_handle */
        f_handle: fh_entry.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an inotify_wd_entry. */
    type $Shape = inotify_wd_entry.$Properties;
}

/**
 * Properties of an inotify_file_entry.
 * @deprecated Use inotify_file_entry.$Properties instead.
 */
export interface Iinotify_file_entry extends inotify_file_entry.$Properties {
}

/** Represents an inotify_file_entry. */
export class inotify_file_entry {

    /**
     * Constructs a new inotify_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: inotify_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** inotify_file_entry id. */
    id: number;

    /** inotify_file_entry flags. */
    flags: number;

    /** inotify_file_entry fown. */
    fown: fown_entry.$Properties;

    /** inotify_file_entry wd. */
    wd: inotify_wd_entry.$Properties[];

    /**
     * Creates a new inotify_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns inotify_file_entry instance
     */
    static create(properties: inotify_file_entry.$Shape): inotify_file_entry & inotify_file_entry.$Shape;
    static create(properties?: inotify_file_entry.$Properties): inotify_file_entry;

    /**
     * Encodes the specified inotify_file_entry message. Does not implicitly {@link inotify_file_entry.verify|verify} messages.
     * @param message inotify_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: inotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an inotify_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {inotify_file_entry & inotify_file_entry.$Shape} inotify_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inotify_file_entry & inotify_file_entry.$Shape;
}

export namespace inotify_file_entry {

    /** Properties of an inotify_file_entry. */
    interface $Properties {

        /** inotify_file_entry id */
        id: number;

        /** inotify_file_entry flags */
        flags: number;

        /** inotify_file_entry fown */
        fown: fown_entry.$Properties;

        /** inotify_file_entry wd */
        wd?: (inotify_wd_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an inotify_file_entry. */
    type $Shape = inotify_file_entry.$Properties;
}

/** mark_type enum. */
export enum mark_type {

    /** INODE value */
    INODE = 1,

    /** MOUNT value */
    MOUNT = 2
}

/**
 * Properties of a fanotify_inode_mark_entry.
 * @deprecated Use fanotify_inode_mark_entry.$Properties instead.
 */
export interface Ifanotify_inode_mark_entry extends fanotify_inode_mark_entry.$Properties {
}

/** Represents a fanotify_inode_mark_entry. */
export class fanotify_inode_mark_entry {

    /**
     * Constructs a new fanotify_inode_mark_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fanotify_inode_mark_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fanotify_inode_mark_entry i_ino. */
    i_ino: (number|Long);

    /** fanotify_inode_mark_entry f_handle. */
    f_handle: fh_entry.$Properties;

    /**
     * Creates a new fanotify_inode_mark_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fanotify_inode_mark_entry instance
     */
    static create(properties: fanotify_inode_mark_entry.$Shape): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
    static create(properties?: fanotify_inode_mark_entry.$Properties): fanotify_inode_mark_entry;

    /**
     * Encodes the specified fanotify_inode_mark_entry message. Does not implicitly {@link fanotify_inode_mark_entry.verify|verify} messages.
     * @param message fanotify_inode_mark_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fanotify_inode_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fanotify_inode_mark_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape} fanotify_inode_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_inode_mark_entry & fanotify_inode_mark_entry.$Shape;
}

export namespace fanotify_inode_mark_entry {

    /** Properties of a fanotify_inode_mark_entry. */
    interface $Properties {

        /** fanotify_inode_mark_entry i_ino */
        i_ino: (number|Long);

        /** fanotify_inode_mark_entry f_handle */
        f_handle: fh_entry.$Properties;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fanotify_inode_mark_entry. */
    type $Shape = fanotify_inode_mark_entry.$Properties;
}

/**
 * Properties of a fanotify_mount_mark_entry.
 * @deprecated Use fanotify_mount_mark_entry.$Properties instead.
 */
export interface Ifanotify_mount_mark_entry extends fanotify_mount_mark_entry.$Properties {
}

/** Represents a fanotify_mount_mark_entry. */
export class fanotify_mount_mark_entry {

    /**
     * Constructs a new fanotify_mount_mark_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fanotify_mount_mark_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fanotify_mount_mark_entry mnt_id. */
    mnt_id: number;

    /** fanotify_mount_mark_entry path. */
    path: string;

    /**
     * Creates a new fanotify_mount_mark_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fanotify_mount_mark_entry instance
     */
    static create(properties: fanotify_mount_mark_entry.$Shape): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
    static create(properties?: fanotify_mount_mark_entry.$Properties): fanotify_mount_mark_entry;

    /**
     * Encodes the specified fanotify_mount_mark_entry message. Does not implicitly {@link fanotify_mount_mark_entry.verify|verify} messages.
     * @param message fanotify_mount_mark_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fanotify_mount_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fanotify_mount_mark_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape} fanotify_mount_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_mount_mark_entry & fanotify_mount_mark_entry.$Shape;
}

export namespace fanotify_mount_mark_entry {

    /** Properties of a fanotify_mount_mark_entry. */
    interface $Properties {

        /** fanotify_mount_mark_entry mnt_id */
        mnt_id: number;

        /** fanotify_mount_mark_entry path */
        path?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fanotify_mount_mark_entry. */
    type $Shape = fanotify_mount_mark_entry.$Properties;
}

/**
 * Properties of a fanotify_mark_entry.
 * @deprecated Use fanotify_mark_entry.$Properties instead.
 */
export interface Ifanotify_mark_entry extends fanotify_mark_entry.$Properties {
}

/** Represents a fanotify_mark_entry. */
export class fanotify_mark_entry {

    /**
     * Constructs a new fanotify_mark_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fanotify_mark_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fanotify_mark_entry id. */
    id: number;

    /** fanotify_mark_entry type. */
    type: mark_type;

    /** fanotify_mark_entry mflags. */
    mflags: number;

    /** fanotify_mark_entry mask. */
    mask: number;

    /** fanotify_mark_entry ignored_mask. */
    ignored_mask: number;

    /** fanotify_mark_entry s_dev. */
    s_dev: number;

    /** fanotify_mark_entry ie. */
    ie?: (fanotify_inode_mark_entry.$Properties|null);

    /** fanotify_mark_entry me. */
    me?: (fanotify_mount_mark_entry.$Properties|null);

    /**
     * Creates a new fanotify_mark_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fanotify_mark_entry instance
     */
    static create(properties: fanotify_mark_entry.$Shape): fanotify_mark_entry & fanotify_mark_entry.$Shape;
    static create(properties?: fanotify_mark_entry.$Properties): fanotify_mark_entry;

    /**
     * Encodes the specified fanotify_mark_entry message. Does not implicitly {@link fanotify_mark_entry.verify|verify} messages.
     * @param message fanotify_mark_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fanotify_mark_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fanotify_mark_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fanotify_mark_entry & fanotify_mark_entry.$Shape} fanotify_mark_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_mark_entry & fanotify_mark_entry.$Shape;
}

export namespace fanotify_mark_entry {

    /** Properties of a fanotify_mark_entry. */
    interface $Properties {

        /** fanotify_mark_entry id */
        id: number;

        /** fanotify_mark_entry type */
        type: mark_type;

        /** fanotify_mark_entry mflags */
        mflags: number;

        /** fanotify_mark_entry mask */
        mask: number;

        /** fanotify_mark_entry ignored_mask */
        ignored_mask: number;

        /** fanotify_mark_entry s_dev */
        s_dev: number;

        /** fanotify_mark_entry ie */
        ie?: (fanotify_inode_mark_entry.$Properties|null);

        /** fanotify_mark_entry me */
        me?: (fanotify_mount_mark_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fanotify_mark_entry. */
    type $Shape = fanotify_mark_entry.$Properties;
}

/**
 * Properties of a fanotify_file_entry.
 * @deprecated Use fanotify_file_entry.$Properties instead.
 */
export interface Ifanotify_file_entry extends fanotify_file_entry.$Properties {
}

/** Represents a fanotify_file_entry. */
export class fanotify_file_entry {

    /**
     * Constructs a new fanotify_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fanotify_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fanotify_file_entry id. */
    id: number;

    /** fanotify_file_entry flags. */
    flags: number;

    /** fanotify_file_entry fown. */
    fown: fown_entry.$Properties;

    /** fanotify_file_entry faflags. */
    faflags: number;

    /** fanotify_file_entry evflags. */
    evflags: number;

    /** fanotify_file_entry mark. */
    mark: fanotify_mark_entry.$Properties[];

    /**
     * Creates a new fanotify_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fanotify_file_entry instance
     */
    static create(properties: fanotify_file_entry.$Shape): fanotify_file_entry & fanotify_file_entry.$Shape;
    static create(properties?: fanotify_file_entry.$Properties): fanotify_file_entry;

    /**
     * Encodes the specified fanotify_file_entry message. Does not implicitly {@link fanotify_file_entry.verify|verify} messages.
     * @param message fanotify_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fanotify_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fanotify_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fanotify_file_entry & fanotify_file_entry.$Shape} fanotify_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fanotify_file_entry & fanotify_file_entry.$Shape;
}

export namespace fanotify_file_entry {

    /** Properties of a fanotify_file_entry. */
    interface $Properties {

        /** fanotify_file_entry id */
        id: number;

        /** fanotify_file_entry flags */
        flags: number;

        /** fanotify_file_entry fown */
        fown: fown_entry.$Properties;

        /** fanotify_file_entry faflags */
        faflags: number;

        /** fanotify_file_entry evflags */
        evflags: number;

        /** fanotify_file_entry mark */
        mark?: (fanotify_mark_entry.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fanotify_file_entry. */
    type $Shape = fanotify_file_entry.$Properties;
}

/**
 * Properties of a fs_entry.
 * @deprecated Use fs_entry.$Properties instead.
 */
export interface Ifs_entry extends fs_entry.$Properties {
}

/** Represents a fs_entry. */
export class fs_entry {

    /**
     * Constructs a new fs_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: fs_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** fs_entry cwd_id. */
    cwd_id: number;

    /** fs_entry root_id. */
    root_id: number;

    /** fs_entry umask. */
    umask: number;

    /**
     * Creates a new fs_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns fs_entry instance
     */
    static create(properties: fs_entry.$Shape): fs_entry & fs_entry.$Shape;
    static create(properties?: fs_entry.$Properties): fs_entry;

    /**
     * Encodes the specified fs_entry message. Does not implicitly {@link fs_entry.verify|verify} messages.
     * @param message fs_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: fs_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a fs_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {fs_entry & fs_entry.$Shape} fs_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fs_entry & fs_entry.$Shape;
}

export namespace fs_entry {

    /** Properties of a fs_entry. */
    interface $Properties {

        /** fs_entry cwd_id */
        cwd_id: number;

        /** fs_entry root_id */
        root_id: number;

        /** fs_entry umask */
        umask?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a fs_entry. */
    type $Shape = fs_entry.$Properties;
}

/** lsmtype enum. */
export enum lsmtype {

    /** NO_LSM value */
    NO_LSM = 0,

    /** SELINUX value */
    SELINUX = 1,

    /** APPARMOR value */
    APPARMOR = 2
}

/**
 * Properties of a plugins_entry.
 * @deprecated Use plugins_entry.$Properties instead.
 */
export interface Iplugins_entry extends plugins_entry.$Properties {
}

/** Represents a plugins_entry. */
export class plugins_entry {

    /**
     * Constructs a new plugins_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: plugins_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** plugins_entry plugins. */
    plugins: string[];

    /**
     * Creates a new plugins_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns plugins_entry instance
     */
    static create(properties: plugins_entry.$Shape): plugins_entry & plugins_entry.$Shape;
    static create(properties?: plugins_entry.$Properties): plugins_entry;

    /**
     * Encodes the specified plugins_entry message. Does not implicitly {@link plugins_entry.verify|verify} messages.
     * @param message plugins_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: plugins_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a plugins_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {plugins_entry & plugins_entry.$Shape} plugins_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugins_entry & plugins_entry.$Shape;
}

export namespace plugins_entry {

    /** Properties of a plugins_entry. */
    interface $Properties {

        /** plugins_entry plugins */
        plugins?: (string[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a plugins_entry. */
    type $Shape = plugins_entry.$Properties;
}

/**
 * Properties of an inventory_entry.
 * @deprecated Use inventory_entry.$Properties instead.
 */
export interface Iinventory_entry extends inventory_entry.$Properties {
}

/** Represents an inventory_entry. */
export class inventory_entry {

    /**
     * Constructs a new inventory_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: inventory_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** inventory_entry img_version. */
    img_version: number;

    /** inventory_entry fdinfo_per_id. */
    fdinfo_per_id: boolean;

    /** inventory_entry root_ids. */
    root_ids?: (task_kobj_ids_entry.$Properties|null);

    /** inventory_entry ns_per_id. */
    ns_per_id: boolean;

    /** inventory_entry root_cg_set. */
    root_cg_set: number;

    /** inventory_entry lsmtype. */
    lsmtype: lsmtype;

    /** inventory_entry dump_uptime. */
    dump_uptime: (number|Long);

    /** inventory_entry pre_dump_mode. */
    pre_dump_mode: number;

    /** inventory_entry tcp_close. */
    tcp_close: boolean;

    /** inventory_entry network_lock_method. */
    network_lock_method: number;

    /** inventory_entry plugins_entry. */
    plugins_entry?: (plugins_entry.$Properties|null);

    /** inventory_entry dump_criu_run_id. */
    dump_criu_run_id: string;

    /** inventory_entry allow_uprobes. */
    allow_uprobes: boolean;

    /** inventory_entry amber_version. */
    amber_version: string;

    /**
     * Creates a new inventory_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns inventory_entry instance
     */
    static create(properties: inventory_entry.$Shape): inventory_entry & inventory_entry.$Shape;
    static create(properties?: inventory_entry.$Properties): inventory_entry;

    /**
     * Encodes the specified inventory_entry message. Does not implicitly {@link inventory_entry.verify|verify} messages.
     * @param message inventory_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: inventory_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an inventory_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {inventory_entry & inventory_entry.$Shape} inventory_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): inventory_entry & inventory_entry.$Shape;
}

export namespace inventory_entry {

    /** Properties of an inventory_entry. */
    interface $Properties {

        /** inventory_entry img_version */
        img_version: number;

        /** inventory_entry fdinfo_per_id */
        fdinfo_per_id?: (boolean|null);

        /** inventory_entry root_ids */
        root_ids?: (task_kobj_ids_entry.$Properties|null);

        /** inventory_entry ns_per_id */
        ns_per_id?: (boolean|null);

        /** inventory_entry root_cg_set */
        root_cg_set?: (number|null);

        /** inventory_entry lsmtype */
        lsmtype?: (lsmtype|null);

        /** inventory_entry dump_uptime */
        dump_uptime?: (number|Long|null);

        /** inventory_entry pre_dump_mode */
        pre_dump_mode?: (number|null);

        /** inventory_entry tcp_close */
        tcp_close?: (boolean|null);

        /** inventory_entry network_lock_method */
        network_lock_method?: (number|null);

        /** inventory_entry plugins_entry */
        plugins_entry?: (plugins_entry.$Properties|null);

        /** inventory_entry dump_criu_run_id */
        dump_criu_run_id?: (string|null);

        /** inventory_entry allow_uprobes */
        allow_uprobes?: (boolean|null);

        /** inventory_entry amber_version */
        amber_version?: (string|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an inventory_entry. */
    type $Shape = inventory_entry.$Properties;
}

/**
 * Properties of a vma_entry.
 * @deprecated Use vma_entry.$Properties instead.
 */
export interface Ivma_entry extends vma_entry.$Properties {
}

/** Represents a vma_entry. */
export class vma_entry {

    /**
     * Constructs a new vma_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: vma_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** vma_entry start. */
    start: (number|Long);

    /** vma_entry end. */
    end: (number|Long);

    /** vma_entry pgoff. */
    pgoff: (number|Long);

    /** vma_entry shmid. */
    shmid: (number|Long);

    /** vma_entry prot. */
    prot: number;

    /** vma_entry flags. */
    flags: number;

    /** vma_entry status. */
    status: number;

    /** vma_entry fd. */
    fd: (number|Long);

    /** vma_entry madv. */
    madv: (number|Long);

    /** vma_entry fdflags. */
    fdflags: number;

    /** vma_entry amber_shm_name. */
    amber_shm_name: string;

    /** vma_entry amber_shm_size. */
    amber_shm_size: (number|Long);

    /** vma_entry amber_shm_key. */
    amber_shm_key: number;

    /** vma_entry amber_shm_mode. */
    amber_shm_mode: number;

    /** vma_entry amber_shm_seals. */
    amber_shm_seals: number;

    /**
     * Creates a new vma_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns vma_entry instance
     */
    static create(properties: vma_entry.$Shape): vma_entry & vma_entry.$Shape;
    static create(properties?: vma_entry.$Properties): vma_entry;

    /**
     * Encodes the specified vma_entry message. Does not implicitly {@link vma_entry.verify|verify} messages.
     * @param message vma_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: vma_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a vma_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {vma_entry & vma_entry.$Shape} vma_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vma_entry & vma_entry.$Shape;
}

export namespace vma_entry {

    /** Properties of a vma_entry. */
    interface $Properties {

        /** vma_entry start */
        start: (number|Long);

        /** vma_entry end */
        end: (number|Long);

        /** vma_entry pgoff */
        pgoff: (number|Long);

        /** vma_entry shmid */
        shmid: (number|Long);

        /** vma_entry prot */
        prot: number;

        /** vma_entry flags */
        flags: number;

        /** vma_entry status */
        status: number;

        /** vma_entry fd */
        fd: (number|Long);

        /** vma_entry madv */
        madv?: (number|Long|null);

        /** vma_entry fdflags */
        fdflags?: (number|null);

        /** vma_entry amber_shm_name */
        amber_shm_name?: (string|null);

        /** vma_entry amber_shm_size */
        amber_shm_size?: (number|Long|null);

        /** vma_entry amber_shm_key */
        amber_shm_key?: (number|null);

        /** vma_entry amber_shm_mode */
        amber_shm_mode?: (number|null);

        /** vma_entry amber_shm_seals */
        amber_shm_seals?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a vma_entry. */
    type $Shape = vma_entry.$Properties;
}

/**
 * Properties of an aio_ring_entry.
 * @deprecated Use aio_ring_entry.$Properties instead.
 */
export interface Iaio_ring_entry extends aio_ring_entry.$Properties {
}

/** Represents an aio_ring_entry. */
export class aio_ring_entry {

    /**
     * Constructs a new aio_ring_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: aio_ring_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** aio_ring_entry id. */
    id: (number|Long);

    /** aio_ring_entry nr_req. */
    nr_req: number;

    /** aio_ring_entry ring_len. */
    ring_len: number;

    /**
     * Creates a new aio_ring_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns aio_ring_entry instance
     */
    static create(properties: aio_ring_entry.$Shape): aio_ring_entry & aio_ring_entry.$Shape;
    static create(properties?: aio_ring_entry.$Properties): aio_ring_entry;

    /**
     * Encodes the specified aio_ring_entry message. Does not implicitly {@link aio_ring_entry.verify|verify} messages.
     * @param message aio_ring_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: aio_ring_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an aio_ring_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {aio_ring_entry & aio_ring_entry.$Shape} aio_ring_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aio_ring_entry & aio_ring_entry.$Shape;
}

export namespace aio_ring_entry {

    /** Properties of an aio_ring_entry. */
    interface $Properties {

        /** aio_ring_entry id */
        id: (number|Long);

        /** aio_ring_entry nr_req */
        nr_req: number;

        /** aio_ring_entry ring_len */
        ring_len: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an aio_ring_entry. */
    type $Shape = aio_ring_entry.$Properties;
}

/**
 * Properties of a mm_entry.
 * @deprecated Use mm_entry.$Properties instead.
 */
export interface Imm_entry extends mm_entry.$Properties {
}

/** Represents a mm_entry. */
export class mm_entry {

    /**
     * Constructs a new mm_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: mm_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** mm_entry mm_start_code. */
    mm_start_code: (number|Long);

    /** mm_entry mm_end_code. */
    mm_end_code: (number|Long);

    /** mm_entry mm_start_data. */
    mm_start_data: (number|Long);

    /** mm_entry mm_end_data. */
    mm_end_data: (number|Long);

    /** mm_entry mm_start_stack. */
    mm_start_stack: (number|Long);

    /** mm_entry mm_start_brk. */
    mm_start_brk: (number|Long);

    /** mm_entry mm_brk. */
    mm_brk: (number|Long);

    /** mm_entry mm_arg_start. */
    mm_arg_start: (number|Long);

    /** mm_entry mm_arg_end. */
    mm_arg_end: (number|Long);

    /** mm_entry mm_env_start. */
    mm_env_start: (number|Long);

    /** mm_entry mm_env_end. */
    mm_env_end: (number|Long);

    /** mm_entry exe_file_id. */
    exe_file_id: number;

    /** mm_entry mm_saved_auxv. */
    mm_saved_auxv: (number|Long)[];

    /** mm_entry vmas. */
    vmas: vma_entry.$Properties[];

    /** mm_entry dumpable. */
    dumpable: number;

    /** mm_entry aios. */
    aios: aio_ring_entry.$Properties[];

    /** mm_entry thp_disabled. */
    thp_disabled: boolean;

    /**
     * Creates a new mm_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns mm_entry instance
     */
    static create(properties: mm_entry.$Shape): mm_entry & mm_entry.$Shape;
    static create(properties?: mm_entry.$Properties): mm_entry;

    /**
     * Encodes the specified mm_entry message. Does not implicitly {@link mm_entry.verify|verify} messages.
     * @param message mm_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: mm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a mm_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {mm_entry & mm_entry.$Shape} mm_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mm_entry & mm_entry.$Shape;
}

export namespace mm_entry {

    /** Properties of a mm_entry. */
    interface $Properties {

        /** mm_entry mm_start_code */
        mm_start_code: (number|Long);

        /** mm_entry mm_end_code */
        mm_end_code: (number|Long);

        /** mm_entry mm_start_data */
        mm_start_data: (number|Long);

        /** mm_entry mm_end_data */
        mm_end_data: (number|Long);

        /** mm_entry mm_start_stack */
        mm_start_stack: (number|Long);

        /** mm_entry mm_start_brk */
        mm_start_brk: (number|Long);

        /** mm_entry mm_brk */
        mm_brk: (number|Long);

        /** mm_entry mm_arg_start */
        mm_arg_start: (number|Long);

        /** mm_entry mm_arg_end */
        mm_arg_end: (number|Long);

        /** mm_entry mm_env_start */
        mm_env_start: (number|Long);

        /** mm_entry mm_env_end */
        mm_env_end: (number|Long);

        /** mm_entry exe_file_id */
        exe_file_id: number;

        /** mm_entry mm_saved_auxv */
        mm_saved_auxv?: ((number|Long)[]|null);

        /** mm_entry vmas */
        vmas?: (vma_entry.$Properties[]|null);

        /** mm_entry dumpable */
        dumpable?: (number|null);

        /** mm_entry aios */
        aios?: (aio_ring_entry.$Properties[]|null);

        /** mm_entry thp_disabled */
        thp_disabled?: (boolean|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a mm_entry. */
    type $Shape = mm_entry.$Properties;
}

/**
 * Properties of a pagemap_head.
 * @deprecated Use pagemap_head.$Properties instead.
 */
export interface Ipagemap_head extends pagemap_head.$Properties {
}

/** Represents a pagemap_head. */
export class pagemap_head {

    /**
     * Constructs a new pagemap_head.
     * @param [properties] Properties to set
     */
    constructor(properties?: pagemap_head.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pagemap_head pages_id. */
    pages_id: number;

    /** pagemap_head amber_pages_hash. */
    amber_pages_hash: (number|Long);

    /**
     * Creates a new pagemap_head instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pagemap_head instance
     */
    static create(properties: pagemap_head.$Shape): pagemap_head & pagemap_head.$Shape;
    static create(properties?: pagemap_head.$Properties): pagemap_head;

    /**
     * Encodes the specified pagemap_head message. Does not implicitly {@link pagemap_head.verify|verify} messages.
     * @param message pagemap_head message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pagemap_head.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pagemap_head message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pagemap_head & pagemap_head.$Shape} pagemap_head
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pagemap_head & pagemap_head.$Shape;
}

export namespace pagemap_head {

    /** Properties of a pagemap_head. */
    interface $Properties {

        /** pagemap_head pages_id */
        pages_id: number;

        /** pagemap_head amber_pages_hash */
        amber_pages_hash?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pagemap_head. */
    type $Shape = pagemap_head.$Properties;
}

/**
 * Properties of a pagemap_entry.
 * @deprecated Use pagemap_entry.$Properties instead.
 */
export interface Ipagemap_entry extends pagemap_entry.$Properties {
}

/** Represents a pagemap_entry. */
export class pagemap_entry {

    /**
     * Constructs a new pagemap_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: pagemap_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pagemap_entry vaddr. */
    vaddr: (number|Long);

    /** pagemap_entry compat_nr_pages. */
    compat_nr_pages: number;

    /** pagemap_entry in_parent. */
    in_parent: boolean;

    /** pagemap_entry flags. */
    flags: number;

    /** pagemap_entry nr_pages. */
    nr_pages: (number|Long);

    /**
     * Creates a new pagemap_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pagemap_entry instance
     */
    static create(properties: pagemap_entry.$Shape): pagemap_entry & pagemap_entry.$Shape;
    static create(properties?: pagemap_entry.$Properties): pagemap_entry;

    /**
     * Encodes the specified pagemap_entry message. Does not implicitly {@link pagemap_entry.verify|verify} messages.
     * @param message pagemap_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pagemap_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pagemap_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pagemap_entry & pagemap_entry.$Shape} pagemap_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pagemap_entry & pagemap_entry.$Shape;
}

export namespace pagemap_entry {

    /** Properties of a pagemap_entry. */
    interface $Properties {

        /** pagemap_entry vaddr */
        vaddr: (number|Long);

        /** pagemap_entry compat_nr_pages */
        compat_nr_pages: number;

        /** pagemap_entry in_parent */
        in_parent?: (boolean|null);

        /** pagemap_entry flags */
        flags?: (number|null);

        /** pagemap_entry nr_pages */
        nr_pages?: (number|Long|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pagemap_entry. */
    type $Shape = pagemap_entry.$Properties;
}

/**
 * Properties of a pipe_data_entry.
 * @deprecated Use pipe_data_entry.$Properties instead.
 */
export interface Ipipe_data_entry extends pipe_data_entry.$Properties {
}

/** Represents a pipe_data_entry. */
export class pipe_data_entry {

    /**
     * Constructs a new pipe_data_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: pipe_data_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pipe_data_entry pipe_id. */
    pipe_id: number;

    /** pipe_data_entry bytes. */
    bytes: number;

    /** pipe_data_entry size. */
    size: number;

    /**
     * Creates a new pipe_data_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pipe_data_entry instance
     */
    static create(properties: pipe_data_entry.$Shape): pipe_data_entry & pipe_data_entry.$Shape;
    static create(properties?: pipe_data_entry.$Properties): pipe_data_entry;

    /**
     * Encodes the specified pipe_data_entry message. Does not implicitly {@link pipe_data_entry.verify|verify} messages.
     * @param message pipe_data_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pipe_data_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pipe_data_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pipe_data_entry & pipe_data_entry.$Shape} pipe_data_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pipe_data_entry & pipe_data_entry.$Shape;
}

export namespace pipe_data_entry {

    /** Properties of a pipe_data_entry. */
    interface $Properties {

        /** pipe_data_entry pipe_id */
        pipe_id: number;

        /** pipe_data_entry bytes */
        bytes: number;

        /** pipe_data_entry size */
        size?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pipe_data_entry. */
    type $Shape = pipe_data_entry.$Properties;
}

/**
 * Properties of an amber_ns_tids.
 * @deprecated Use amber_ns_tids.$Properties instead.
 */
export interface Iamber_ns_tids extends amber_ns_tids.$Properties {
}

/** Represents an amber_ns_tids. */
export class amber_ns_tids {

    /**
     * Constructs a new amber_ns_tids.
     * @param [properties] Properties to set
     */
    constructor(properties?: amber_ns_tids.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** amber_ns_tids tid. */
    tid: number[];

    /**
     * Creates a new amber_ns_tids instance using the specified properties.
     * @param [properties] Properties to set
     * @returns amber_ns_tids instance
     */
    static create(properties: amber_ns_tids.$Shape): amber_ns_tids & amber_ns_tids.$Shape;
    static create(properties?: amber_ns_tids.$Properties): amber_ns_tids;

    /**
     * Encodes the specified amber_ns_tids message. Does not implicitly {@link amber_ns_tids.verify|verify} messages.
     * @param message amber_ns_tids message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: amber_ns_tids.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an amber_ns_tids message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {amber_ns_tids & amber_ns_tids.$Shape} amber_ns_tids
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): amber_ns_tids & amber_ns_tids.$Shape;
}

export namespace amber_ns_tids {

    /** Properties of an amber_ns_tids. */
    interface $Properties {

        /** amber_ns_tids tid */
        tid?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of an amber_ns_tids. */
    type $Shape = amber_ns_tids.$Properties;
}

/**
 * Properties of a pstree_entry.
 * @deprecated Use pstree_entry.$Properties instead.
 */
export interface Ipstree_entry extends pstree_entry.$Properties {
}

/** Represents a pstree_entry. */
export class pstree_entry {

    /**
     * Constructs a new pstree_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: pstree_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** pstree_entry pid. */
    pid: number;

    /** pstree_entry ppid. */
    ppid: number;

    /** pstree_entry pgid. */
    pgid: number;

    /** pstree_entry sid. */
    sid: number;

    /** pstree_entry threads. */
    threads: number[];

    /** pstree_entry ns_pid. */
    ns_pid: number[];

    /** pstree_entry ns_pgid. */
    ns_pgid: number[];

    /** pstree_entry ns_sid. */
    ns_sid: number[];

    /** pstree_entry sid_inherited. */
    sid_inherited: boolean;

    /** pstree_entry pgid_inherited. */
    pgid_inherited: boolean;

    /** pstree_entry ns_threads. */
    ns_threads: amber_ns_tids.$Properties[];

    /**
     * Creates a new pstree_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns pstree_entry instance
     */
    static create(properties: pstree_entry.$Shape): pstree_entry & pstree_entry.$Shape;
    static create(properties?: pstree_entry.$Properties): pstree_entry;

    /**
     * Encodes the specified pstree_entry message. Does not implicitly {@link pstree_entry.verify|verify} messages.
     * @param message pstree_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: pstree_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a pstree_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {pstree_entry & pstree_entry.$Shape} pstree_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): pstree_entry & pstree_entry.$Shape;
}

export namespace pstree_entry {

    /** Properties of a pstree_entry. */
    interface $Properties {

        /** pstree_entry pid */
        pid: number;

        /** pstree_entry ppid */
        ppid: number;

        /** pstree_entry pgid */
        pgid: number;

        /** pstree_entry sid */
        sid: number;

        /** pstree_entry threads */
        threads?: (number[]|null);

        /** pstree_entry ns_pid */
        ns_pid?: (number[]|null);

        /** pstree_entry ns_pgid */
        ns_pgid?: (number[]|null);

        /** pstree_entry ns_sid */
        ns_sid?: (number[]|null);

        /** pstree_entry sid_inherited */
        sid_inherited?: (boolean|null);

        /** pstree_entry pgid_inherited */
        pgid_inherited?: (boolean|null);

        /** pstree_entry ns_threads */
        ns_threads?: (amber_ns_tids.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a pstree_entry. */
    type $Shape = pstree_entry.$Properties;
}

/**
 * Properties of a seccomp_filter.
 * @deprecated Use seccomp_filter.$Properties instead.
 */
export interface Iseccomp_filter extends seccomp_filter.$Properties {
}

/** Represents a seccomp_filter. */
export class seccomp_filter {

    /**
     * Constructs a new seccomp_filter.
     * @param [properties] Properties to set
     */
    constructor(properties?: seccomp_filter.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** seccomp_filter filter. */
    filter: Uint8Array;

    /** seccomp_filter prev. */
    prev: number;

    /** seccomp_filter flags. */
    flags: number;

    /**
     * Creates a new seccomp_filter instance using the specified properties.
     * @param [properties] Properties to set
     * @returns seccomp_filter instance
     */
    static create(properties: seccomp_filter.$Shape): seccomp_filter & seccomp_filter.$Shape;
    static create(properties?: seccomp_filter.$Properties): seccomp_filter;

    /**
     * Encodes the specified seccomp_filter message. Does not implicitly {@link seccomp_filter.verify|verify} messages.
     * @param message seccomp_filter message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: seccomp_filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a seccomp_filter message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {seccomp_filter & seccomp_filter.$Shape} seccomp_filter
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seccomp_filter & seccomp_filter.$Shape;
}

export namespace seccomp_filter {

    /** Properties of a seccomp_filter. */
    interface $Properties {

        /** seccomp_filter filter */
        filter: Uint8Array;

        /** seccomp_filter prev */
        prev?: (number|null);

        /** seccomp_filter flags */
        flags?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a seccomp_filter. */
    type $Shape = seccomp_filter.$Properties;
}

/**
 * Properties of a seccomp_entry.
 * @deprecated Use seccomp_entry.$Properties instead.
 */
export interface Iseccomp_entry extends seccomp_entry.$Properties {
}

/** Represents a seccomp_entry. */
export class seccomp_entry {

    /**
     * Constructs a new seccomp_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: seccomp_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** seccomp_entry seccomp_filters. */
    seccomp_filters: seccomp_filter.$Properties[];

    /**
     * Creates a new seccomp_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns seccomp_entry instance
     */
    static create(properties: seccomp_entry.$Shape): seccomp_entry & seccomp_entry.$Shape;
    static create(properties?: seccomp_entry.$Properties): seccomp_entry;

    /**
     * Encodes the specified seccomp_entry message. Does not implicitly {@link seccomp_entry.verify|verify} messages.
     * @param message seccomp_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: seccomp_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a seccomp_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {seccomp_entry & seccomp_entry.$Shape} seccomp_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seccomp_entry & seccomp_entry.$Shape;
}

export namespace seccomp_entry {

    /** Properties of a seccomp_entry. */
    interface $Properties {

        /** seccomp_entry seccomp_filters */
        seccomp_filters?: (seccomp_filter.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a seccomp_entry. */
    type $Shape = seccomp_entry.$Properties;
}

/**
 * Properties of a netlink_sk_entry.
 * @deprecated Use netlink_sk_entry.$Properties instead.
 */
export interface Inetlink_sk_entry extends netlink_sk_entry.$Properties {
}

/** Represents a netlink_sk_entry. */
export class netlink_sk_entry {

    /**
     * Constructs a new netlink_sk_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: netlink_sk_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** netlink_sk_entry id. */
    id: number;

    /** netlink_sk_entry ino. */
    ino: number;

    /** netlink_sk_entry protocol. */
    protocol: number;

    /** netlink_sk_entry state. */
    state: number;

    /** netlink_sk_entry flags. */
    flags: number;

    /** netlink_sk_entry portid. */
    portid: number;

    /** netlink_sk_entry groups. */
    groups: number[];

    /** netlink_sk_entry dst_portid. */
    dst_portid: number;

    /** netlink_sk_entry dst_group. */
    dst_group: number;

    /** netlink_sk_entry fown. */
    fown: fown_entry.$Properties;

    /** netlink_sk_entry opts. */
    opts: sk_opts_entry.$Properties;

    /** netlink_sk_entry ns_id. */
    ns_id: number;

    /**
     * Creates a new netlink_sk_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns netlink_sk_entry instance
     */
    static create(properties: netlink_sk_entry.$Shape): netlink_sk_entry & netlink_sk_entry.$Shape;
    static create(properties?: netlink_sk_entry.$Properties): netlink_sk_entry;

    /**
     * Encodes the specified netlink_sk_entry message. Does not implicitly {@link netlink_sk_entry.verify|verify} messages.
     * @param message netlink_sk_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: netlink_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a netlink_sk_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {netlink_sk_entry & netlink_sk_entry.$Shape} netlink_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netlink_sk_entry & netlink_sk_entry.$Shape;
}

export namespace netlink_sk_entry {

    /** Properties of a netlink_sk_entry. */
    interface $Properties {

        /** netlink_sk_entry id */
        id: number;

        /** netlink_sk_entry ino */
        ino: number;

        /** netlink_sk_entry protocol */
        protocol: number;

        /** netlink_sk_entry state */
        state: number;

        /** netlink_sk_entry flags */
        flags: number;

        /** netlink_sk_entry portid */
        portid: number;

        /** netlink_sk_entry groups */
        groups?: (number[]|null);

        /** netlink_sk_entry dst_portid */
        dst_portid: number;

        /** netlink_sk_entry dst_group */
        dst_group: number;

        /** netlink_sk_entry fown */
        fown: fown_entry.$Properties;

        /** netlink_sk_entry opts */
        opts: sk_opts_entry.$Properties;

        /** netlink_sk_entry ns_id */
        ns_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a netlink_sk_entry. */
    type $Shape = netlink_sk_entry.$Properties;
}

/**
 * Properties of a scm_entry.
 * @deprecated Use scm_entry.$Properties instead.
 */
export interface Iscm_entry extends scm_entry.$Properties {
}

/** Represents a scm_entry. */
export class scm_entry {

    /**
     * Constructs a new scm_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: scm_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** scm_entry type. */
    type: number;

    /** scm_entry rights. */
    rights: number[];

    /**
     * Creates a new scm_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns scm_entry instance
     */
    static create(properties: scm_entry.$Shape): scm_entry & scm_entry.$Shape;
    static create(properties?: scm_entry.$Properties): scm_entry;

    /**
     * Encodes the specified scm_entry message. Does not implicitly {@link scm_entry.verify|verify} messages.
     * @param message scm_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: scm_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a scm_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {scm_entry & scm_entry.$Shape} scm_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): scm_entry & scm_entry.$Shape;
}

export namespace scm_entry {

    /** Properties of a scm_entry. */
    interface $Properties {

        /** scm_entry type */
        type: number;

        /** scm_entry rights */
        rights?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a scm_entry. */
    type $Shape = scm_entry.$Properties;
}

/**
 * Properties of a sk_ucred_entry.
 * @deprecated Use sk_ucred_entry.$Properties instead.
 */
export interface Isk_ucred_entry extends sk_ucred_entry.$Properties {
}

/** Represents a sk_ucred_entry. */
export class sk_ucred_entry {

    /**
     * Constructs a new sk_ucred_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: sk_ucred_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** sk_ucred_entry uid. */
    uid: number;

    /** sk_ucred_entry gid. */
    gid: number;

    /** sk_ucred_entry pid. */
    pid: number;

    /**
     * Creates a new sk_ucred_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns sk_ucred_entry instance
     */
    static create(properties: sk_ucred_entry.$Shape): sk_ucred_entry & sk_ucred_entry.$Shape;
    static create(properties?: sk_ucred_entry.$Properties): sk_ucred_entry;

    /**
     * Encodes the specified sk_ucred_entry message. Does not implicitly {@link sk_ucred_entry.verify|verify} messages.
     * @param message sk_ucred_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: sk_ucred_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a sk_ucred_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {sk_ucred_entry & sk_ucred_entry.$Shape} sk_ucred_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_ucred_entry & sk_ucred_entry.$Shape;
}

export namespace sk_ucred_entry {

    /** Properties of a sk_ucred_entry. */
    interface $Properties {

        /** sk_ucred_entry uid */
        uid: number;

        /** sk_ucred_entry gid */
        gid: number;

        /** sk_ucred_entry pid */
        pid: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a sk_ucred_entry. */
    type $Shape = sk_ucred_entry.$Properties;
}

/**
 * Properties of a sk_packet_entry.
 * @deprecated Use sk_packet_entry.$Properties instead.
 */
export interface Isk_packet_entry extends sk_packet_entry.$Properties {
}

/** Represents a sk_packet_entry. */
export class sk_packet_entry {

    /**
     * Constructs a new sk_packet_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: sk_packet_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** sk_packet_entry id_for. */
    id_for: number;

    /** sk_packet_entry length. */
    length: number;

    /** sk_packet_entry addr. */
    addr: Uint8Array;

    /** sk_packet_entry scm. */
    scm: scm_entry.$Properties[];

    /** sk_packet_entry ucred. */
    ucred?: (sk_ucred_entry.$Properties|null);

    /**
     * Creates a new sk_packet_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns sk_packet_entry instance
     */
    static create(properties: sk_packet_entry.$Shape): sk_packet_entry & sk_packet_entry.$Shape;
    static create(properties?: sk_packet_entry.$Properties): sk_packet_entry;

    /**
     * Encodes the specified sk_packet_entry message. Does not implicitly {@link sk_packet_entry.verify|verify} messages.
     * @param message sk_packet_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: sk_packet_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a sk_packet_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {sk_packet_entry & sk_packet_entry.$Shape} sk_packet_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sk_packet_entry & sk_packet_entry.$Shape;
}

export namespace sk_packet_entry {

    /** Properties of a sk_packet_entry. */
    interface $Properties {

        /** sk_packet_entry id_for */
        id_for: number;

        /** sk_packet_entry length */
        length: number;

        /** sk_packet_entry addr */
        addr?: (Uint8Array|null);

        /** sk_packet_entry scm */
        scm?: (scm_entry.$Properties[]|null);

        /** sk_packet_entry ucred */
        ucred?: (sk_ucred_entry.$Properties|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a sk_packet_entry. */
    type $Shape = sk_packet_entry.$Properties;
}

/**
 * Properties of a file_perms_entry.
 * @deprecated Use file_perms_entry.$Properties instead.
 */
export interface Ifile_perms_entry extends file_perms_entry.$Properties {
}

/** Represents a file_perms_entry. */
export class file_perms_entry {

    /**
     * Constructs a new file_perms_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: file_perms_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** file_perms_entry mode. */
    mode: number;

    /** file_perms_entry uid. */
    uid: number;

    /** file_perms_entry gid. */
    gid: number;

    /**
     * Creates a new file_perms_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns file_perms_entry instance
     */
    static create(properties: file_perms_entry.$Shape): file_perms_entry & file_perms_entry.$Shape;
    static create(properties?: file_perms_entry.$Properties): file_perms_entry;

    /**
     * Encodes the specified file_perms_entry message. Does not implicitly {@link file_perms_entry.verify|verify} messages.
     * @param message file_perms_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: file_perms_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a file_perms_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {file_perms_entry & file_perms_entry.$Shape} file_perms_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): file_perms_entry & file_perms_entry.$Shape;
}

export namespace file_perms_entry {

    /** Properties of a file_perms_entry. */
    interface $Properties {

        /** file_perms_entry mode */
        mode: number;

        /** file_perms_entry uid */
        uid: number;

        /** file_perms_entry gid */
        gid: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a file_perms_entry. */
    type $Shape = file_perms_entry.$Properties;
}

/**
 * Properties of a unix_sk_entry.
 * @deprecated Use unix_sk_entry.$Properties instead.
 */
export interface Iunix_sk_entry extends unix_sk_entry.$Properties {
}

/** Represents a unix_sk_entry. */
export class unix_sk_entry {

    /**
     * Constructs a new unix_sk_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: unix_sk_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** unix_sk_entry id. */
    id: number;

    /** unix_sk_entry ino. */
    ino: number;

    /** unix_sk_entry type. */
    type: number;

    /** unix_sk_entry state. */
    state: number;

    /** unix_sk_entry flags. */
    flags: number;

    /** unix_sk_entry uflags. */
    uflags: number;

    /** unix_sk_entry backlog. */
    backlog: number;

    /** unix_sk_entry peer. */
    peer: number;

    /** unix_sk_entry fown. */
    fown: fown_entry.$Properties;

    /** unix_sk_entry opts. */
    opts: sk_opts_entry.$Properties;

    /** unix_sk_entry name. */
    name: Uint8Array;

    /** unix_sk_entry shutdown. */
    shutdown: sk_shutdown;

    /** unix_sk_entry file_perms. */
    file_perms?: (file_perms_entry.$Properties|null);

    /** unix_sk_entry name_dir. */
    name_dir: string;

    /** unix_sk_entry deleted. */
    deleted: boolean;

    /** unix_sk_entry ns_id. */
    ns_id: number;

    /** unix_sk_entry mnt_id. */
    mnt_id: number;

    /**
     * Creates a new unix_sk_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns unix_sk_entry instance
     */
    static create(properties: unix_sk_entry.$Shape): unix_sk_entry & unix_sk_entry.$Shape;
    static create(properties?: unix_sk_entry.$Properties): unix_sk_entry;

    /**
     * Encodes the specified unix_sk_entry message. Does not implicitly {@link unix_sk_entry.verify|verify} messages.
     * @param message unix_sk_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: unix_sk_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a unix_sk_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {unix_sk_entry & unix_sk_entry.$Shape} unix_sk_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): unix_sk_entry & unix_sk_entry.$Shape;
}

export namespace unix_sk_entry {

    /** Properties of a unix_sk_entry. */
    interface $Properties {

        /** unix_sk_entry id */
        id: number;

        /** unix_sk_entry ino */
        ino: number;

        /** unix_sk_entry type */
        type: number;

        /** unix_sk_entry state */
        state: number;

        /** unix_sk_entry flags */
        flags: number;

        /** unix_sk_entry uflags */
        uflags: number;

        /** unix_sk_entry backlog */
        backlog: number;

        /** unix_sk_entry peer */
        peer: number;

        /** unix_sk_entry fown */
        fown: fown_entry.$Properties;

        /** unix_sk_entry opts */
        opts: sk_opts_entry.$Properties;

        /** unix_sk_entry name */
        name: Uint8Array;

        /** unix_sk_entry shutdown */
        shutdown?: (sk_shutdown|null);

        /** unix_sk_entry file_perms */
        file_perms?: (file_perms_entry.$Properties|null);

        /** unix_sk_entry name_dir */
        name_dir?: (string|null);

        /** unix_sk_entry deleted */
        deleted?: (boolean|null);

        /** unix_sk_entry ns_id */
        ns_id?: (number|null);

        /** unix_sk_entry mnt_id */
        mnt_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a unix_sk_entry. */
    type $Shape = unix_sk_entry.$Properties;
}

/**
 * Properties of a winsize_entry.
 * @deprecated Use winsize_entry.$Properties instead.
 */
export interface Iwinsize_entry extends winsize_entry.$Properties {
}

/** Represents a winsize_entry. */
export class winsize_entry {

    /**
     * Constructs a new winsize_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: winsize_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** winsize_entry ws_row. */
    ws_row: number;

    /** winsize_entry ws_col. */
    ws_col: number;

    /** winsize_entry ws_xpixel. */
    ws_xpixel: number;

    /** winsize_entry ws_ypixel. */
    ws_ypixel: number;

    /**
     * Creates a new winsize_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns winsize_entry instance
     */
    static create(properties: winsize_entry.$Shape): winsize_entry & winsize_entry.$Shape;
    static create(properties?: winsize_entry.$Properties): winsize_entry;

    /**
     * Encodes the specified winsize_entry message. Does not implicitly {@link winsize_entry.verify|verify} messages.
     * @param message winsize_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: winsize_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a winsize_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {winsize_entry & winsize_entry.$Shape} winsize_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): winsize_entry & winsize_entry.$Shape;
}

export namespace winsize_entry {

    /** Properties of a winsize_entry. */
    interface $Properties {

        /** winsize_entry ws_row */
        ws_row: number;

        /** winsize_entry ws_col */
        ws_col: number;

        /** winsize_entry ws_xpixel */
        ws_xpixel: number;

        /** winsize_entry ws_ypixel */
        ws_ypixel: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a winsize_entry. */
    type $Shape = winsize_entry.$Properties;
}

/**
 * Properties of a termios_entry.
 * @deprecated Use termios_entry.$Properties instead.
 */
export interface Itermios_entry extends termios_entry.$Properties {
}

/** Represents a termios_entry. */
export class termios_entry {

    /**
     * Constructs a new termios_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: termios_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** termios_entry c_iflag. */
    c_iflag: number;

    /** termios_entry c_oflag. */
    c_oflag: number;

    /** termios_entry c_cflag. */
    c_cflag: number;

    /** termios_entry c_lflag. */
    c_lflag: number;

    /** termios_entry c_line. */
    c_line: number;

    /** termios_entry c_ispeed. */
    c_ispeed: number;

    /** termios_entry c_ospeed. */
    c_ospeed: number;

    /** termios_entry c_cc. */
    c_cc: number[];

    /**
     * Creates a new termios_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns termios_entry instance
     */
    static create(properties: termios_entry.$Shape): termios_entry & termios_entry.$Shape;
    static create(properties?: termios_entry.$Properties): termios_entry;

    /**
     * Encodes the specified termios_entry message. Does not implicitly {@link termios_entry.verify|verify} messages.
     * @param message termios_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: termios_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a termios_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {termios_entry & termios_entry.$Shape} termios_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): termios_entry & termios_entry.$Shape;
}

export namespace termios_entry {

    /** Properties of a termios_entry. */
    interface $Properties {

        /** termios_entry c_iflag */
        c_iflag: number;

        /** termios_entry c_oflag */
        c_oflag: number;

        /** termios_entry c_cflag */
        c_cflag: number;

        /** termios_entry c_lflag */
        c_lflag: number;

        /** termios_entry c_line */
        c_line: number;

        /** termios_entry c_ispeed */
        c_ispeed: number;

        /** termios_entry c_ospeed */
        c_ospeed: number;

        /** termios_entry c_cc */
        c_cc?: (number[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a termios_entry. */
    type $Shape = termios_entry.$Properties;
}

/**
 * Properties of a tty_pty_entry.
 * @deprecated Use tty_pty_entry.$Properties instead.
 */
export interface Itty_pty_entry extends tty_pty_entry.$Properties {
}

/** Represents a tty_pty_entry. */
export class tty_pty_entry {

    /**
     * Constructs a new tty_pty_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: tty_pty_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** tty_pty_entry index. */
    index: number;

    /**
     * Creates a new tty_pty_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns tty_pty_entry instance
     */
    static create(properties: tty_pty_entry.$Shape): tty_pty_entry & tty_pty_entry.$Shape;
    static create(properties?: tty_pty_entry.$Properties): tty_pty_entry;

    /**
     * Encodes the specified tty_pty_entry message. Does not implicitly {@link tty_pty_entry.verify|verify} messages.
     * @param message tty_pty_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: tty_pty_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a tty_pty_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {tty_pty_entry & tty_pty_entry.$Shape} tty_pty_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_pty_entry & tty_pty_entry.$Shape;
}

export namespace tty_pty_entry {

    /** Properties of a tty_pty_entry. */
    interface $Properties {

        /** tty_pty_entry index */
        index: number;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a tty_pty_entry. */
    type $Shape = tty_pty_entry.$Properties;
}

/** TtyType enum. */
export enum TtyType {

    /** UNKNOWN value */
    UNKNOWN = 0,

    /** PTY value */
    PTY = 1,

    /** CONSOLE value */
    CONSOLE = 2,

    /** VT value */
    VT = 3,

    /** CTTY value */
    CTTY = 4,

    /** EXT_TTY value */
    EXT_TTY = 5,

    /** SERIAL value */
    SERIAL = 6
}

/**
 * Properties of a tty_info_entry.
 * @deprecated Use tty_info_entry.$Properties instead.
 */
export interface Itty_info_entry extends tty_info_entry.$Properties {
}

/** Represents a tty_info_entry. */
export class tty_info_entry {

    /**
     * Constructs a new tty_info_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: tty_info_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** tty_info_entry id. */
    id: number;

    /** tty_info_entry type. */
    type: TtyType;

    /** tty_info_entry locked. */
    locked: boolean;

    /** tty_info_entry exclusive. */
    exclusive: boolean;

    /** tty_info_entry packet_mode. */
    packet_mode: boolean;

    /** tty_info_entry sid. */
    sid: number;

    /** tty_info_entry pgrp. */
    pgrp: number;

    /** tty_info_entry rdev. */
    rdev: number;

    /** tty_info_entry termios. */
    termios?: (termios_entry.$Properties|null);

    /** tty_info_entry termios_locked. */
    termios_locked?: (termios_entry.$Properties|null);

    /** tty_info_entry winsize. */
    winsize?: (winsize_entry.$Properties|null);

    /** tty_info_entry pty. */
    pty?: (tty_pty_entry.$Properties|null);

    /** tty_info_entry dev. */
    dev: number;

    /** tty_info_entry uid. */
    uid: number;

    /** tty_info_entry gid. */
    gid: number;

    /**
     * Creates a new tty_info_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns tty_info_entry instance
     */
    static create(properties: tty_info_entry.$Shape): tty_info_entry & tty_info_entry.$Shape;
    static create(properties?: tty_info_entry.$Properties): tty_info_entry;

    /**
     * Encodes the specified tty_info_entry message. Does not implicitly {@link tty_info_entry.verify|verify} messages.
     * @param message tty_info_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: tty_info_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a tty_info_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {tty_info_entry & tty_info_entry.$Shape} tty_info_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_info_entry & tty_info_entry.$Shape;
}

export namespace tty_info_entry {

    /** Properties of a tty_info_entry. */
    interface $Properties {

        /** tty_info_entry id */
        id: number;

        /** tty_info_entry type */
        type: TtyType;

        /** tty_info_entry locked */
        locked: boolean;

        /** tty_info_entry exclusive */
        exclusive: boolean;

        /** tty_info_entry packet_mode */
        packet_mode: boolean;

        /** tty_info_entry sid */
        sid: number;

        /** tty_info_entry pgrp */
        pgrp: number;

        /** tty_info_entry rdev */
        rdev: number;

        /** tty_info_entry termios */
        termios?: (termios_entry.$Properties|null);

        /** tty_info_entry termios_locked */
        termios_locked?: (termios_entry.$Properties|null);

        /** tty_info_entry winsize */
        winsize?: (winsize_entry.$Properties|null);

        /** tty_info_entry pty */
        pty?: (tty_pty_entry.$Properties|null);

        /** tty_info_entry dev */
        dev?: (number|null);

        /** tty_info_entry uid */
        uid?: (number|null);

        /** tty_info_entry gid */
        gid?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a tty_info_entry. */
    type $Shape = tty_info_entry.$Properties;
}

/**
 * Properties of a tty_file_entry.
 * @deprecated Use tty_file_entry.$Properties instead.
 */
export interface Itty_file_entry extends tty_file_entry.$Properties {
}

/** Represents a tty_file_entry. */
export class tty_file_entry {

    /**
     * Constructs a new tty_file_entry.
     * @param [properties] Properties to set
     */
    constructor(properties?: tty_file_entry.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** tty_file_entry id. */
    id: number;

    /** tty_file_entry tty_info_id. */
    tty_info_id: number;

    /** tty_file_entry flags. */
    flags: number;

    /** tty_file_entry fown. */
    fown: fown_entry.$Properties;

    /** tty_file_entry regf_id. */
    regf_id: number;

    /**
     * Creates a new tty_file_entry instance using the specified properties.
     * @param [properties] Properties to set
     * @returns tty_file_entry instance
     */
    static create(properties: tty_file_entry.$Shape): tty_file_entry & tty_file_entry.$Shape;
    static create(properties?: tty_file_entry.$Properties): tty_file_entry;

    /**
     * Encodes the specified tty_file_entry message. Does not implicitly {@link tty_file_entry.verify|verify} messages.
     * @param message tty_file_entry message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: tty_file_entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a tty_file_entry message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {tty_file_entry & tty_file_entry.$Shape} tty_file_entry
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tty_file_entry & tty_file_entry.$Shape;
}

export namespace tty_file_entry {

    /** Properties of a tty_file_entry. */
    interface $Properties {

        /** tty_file_entry id */
        id: number;

        /** tty_file_entry tty_info_id */
        tty_info_id: number;

        /** tty_file_entry flags */
        flags: number;

        /** tty_file_entry fown */
        fown: fown_entry.$Properties;

        /** tty_file_entry regf_id */
        regf_id?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a tty_file_entry. */
    type $Shape = tty_file_entry.$Properties;
}
