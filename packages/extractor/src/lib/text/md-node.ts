/** The parts of an mdast node (remark) this package reads. */
export interface MdPoint {
  /** 1-based source line. */
  line: number;
  /** 1-based column (UTF-16 code units; tabs count once). */
  column: number;
}

export interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  /** Raw text of `html` (and `text`) nodes. */
  value?: string;
  children?: MdNode[];
  position?: { start: MdPoint; end: MdPoint };
}
