import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * DejaVu Serif (npm `dejavu-fonts-ttf`): a serif TrueType font with every Vietnamese letter and
 * tone mark, embedded in each PDF so it reads the same on any machine. The condensed cut sets text
 * about as densely as Times New Roman, the font Decree 30 names.
 */
export const DOCUMENT_FONT = "DejaVuSerifCondensed";
const FILES = {
  normal: "DejaVuSerifCondensed.ttf",
  bold: "DejaVuSerifCondensed-Bold.ttf",
  italics: "DejaVuSerifCondensed-Italic.ttf",
  bolditalics: "DejaVuSerifCondensed-BoldItalic.ttf",
} as const;
type Style = keyof typeof FILES;

function fontDirectory(): string {
  // Resolved from the project root at run time (not from this module's location, which a bundler
  // moves): the package ships only font files, nothing for the bundler to follow.
  const fromRoot = createRequire(path.join(process.cwd(), "package.json"));
  return path.join(path.dirname(fromRoot.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

let checked: Promise<Record<Style, string>> | undefined;

/**
 * Absolute paths of the four styles (pdfmake 0.3 on Node takes font files by path), checked to
 * exist once per process so a missing package fails loudly rather than with a broken PDF.
 */
export function documentFontFiles(): Promise<Record<Style, string>> {
  checked ??= (async () => {
    const dir = fontDirectory();
    const files = Object.fromEntries((Object.keys(FILES) as Style[]).map((style) => [style, path.join(dir, FILES[style])])) as Record<Style, string>;
    await Promise.all(Object.values(files).map((f) => access(f)));
    return files;
  })().catch((e: unknown) => {
    checked = undefined;
    throw e;
  });
  return checked;
}
