import { existsSync } from "node:fs";

/**
 * A font with Chinese glyphs for certificates. Debian's fonts-noto-cjk (installed by .ci/run and
 * on the development machines) is looked for first; CERTIFICATE_FONT overrides it. For a
 * collection (.ttc) the face to use is named by its PostScript name.
 */
export interface CjkFont {
  path: string;
  face?: string;
}

const CANDIDATES: CjkFont[] = [
  { path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", face: "NotoSerifCJKsc-Regular" },
  { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", face: "NotoSansCJKsc-Regular" },
  { path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", face: "WenQuanYiZenHei" },
  { path: "/usr/share/fonts/truetype/arphic/uming.ttc", face: "AR PL UMing CN" },
];

export function findCjkFont(): CjkFont | null {
  const configured = process.env.CERTIFICATE_FONT;
  if (configured && existsSync(configured)) return { path: configured, face: process.env.CERTIFICATE_FONT_FACE || undefined };
  return CANDIDATES.find((font) => existsSync(font.path)) ?? null;
}
