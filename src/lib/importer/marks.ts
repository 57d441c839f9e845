/** A photo's caption opens with its figure mark and a colon (`图①：…`, `图2：…`, `上图：…`): never a head, however short. */
export const FIGURE_CAPTION = /^(?:图\s*(?:[①-⑩]|\d{1,2}|[一二三四五六七八九十])|[上下左右中]图)\s*[：:]/u;

/** A list mark before a brief's headline (`●某市启动…`); ■ marks a column label instead. */
export const LIST_MARK = /^[●◆▲★☆○◇]/u;
