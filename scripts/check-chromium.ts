/** One clear message instead of a stack trace when the browser for the end-to-end tests is missing. */
import fs from "node:fs";
import { chromiumPath } from "../tests/e2e/chromium";

const exe = chromiumPath();
if (!fs.existsSync(exe)) {
  console.error(`
Không tìm thấy Chromium tại ${exe} — cần cho kiểm thử trình duyệt (end-to-end tests).
Chromium was not found at ${exe}. Install Debian's/Ubuntu's Chromium:

    sudo apt-get update && sudo apt-get install -y chromium

or point CHROMIUM_PATH at an existing Chromium/Chrome executable.
(Do not run "npx playwright install": it downloads browsers, which closed networks refuse.)
`);
  process.exit(1);
}
