#!/usr/bin/env bash
# Installs what DPIAKit needs when it is missing (Debian/Ubuntu), and nothing else:
#   libcmark-dev, libsqlite3-dev, pkg-config   to build dpia (Markdown to HTML, the register database)
#   pandoc                                     `dpia report --format docx` (Word, with a reference document)
#   chromium                                   `dpia report --format pdf` (the HTML report printed to A4)
#   chromium-driver, poppler-utils,            the tests: a real browser against `dpia serve` (Selenium),
#   libreoffice-writer-nogui                   PDF pages and text (pdfinfo, pdftotext), a DOCX opened in Word's stead
#   selenium (PyPI)                            drives the browser in Tests/Browser
#   wrk                                        the readers of the load benchmark (Scripts/serve_load.py)
set -euo pipefail
missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import selenium' 2>/dev/null; then
  echo "Installing the Python test tool: selenium"
  python3 -m pip install --quiet selenium
fi
