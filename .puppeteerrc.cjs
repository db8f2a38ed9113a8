// Chromium is never downloaded at install time (these machines reach no browser host);
// src/generator/browser.ts finds one at run time, falling back to @sparticuz/chromium.
module.exports = { skipDownload: true }
