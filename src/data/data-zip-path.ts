/**
 * Where the site serves the data package, relative to the page. The build
 * (scripts/data-package) writes the archive there and the share dialog links
 * to it, so both read this one constant.
 */
export const DATA_ZIP_PATH = 'data/northeast-atlas-data.zip';
