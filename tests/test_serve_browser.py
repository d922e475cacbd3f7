"""``periksa serve`` in a real browser: Debian's Chromium driven by Selenium through chromedriver.

A dinas drops the sample workbook on the page, waits for the result, finds
U81 marked with its message, filters, switches to English and downloads the
annotated copy. Every wait is on a condition, never a fixed sleep. Skips
(saying why) where chromium or chromedriver is not installed.
"""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")
pytest.importorskip("selenium", reason="selenium is not installed (pip install '.[test]')")

from openpyxl import load_workbook
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import Select, WebDriverWait
from serve_helpers import ERRORS, SAMPLE, running_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
)
WAIT = 60


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with running_server("--workers", "2") as (base, _process):
        yield base


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[WebDriver, Path]]:
    downloads = tmp_path / "unduhan"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'profil'}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver, downloads
    finally:
        driver.quit()


DROP = """
const [name, data] = arguments;
const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
const transfer = new DataTransfer();
transfer.items.add(new File([bytes], name));
const zone = document.getElementById('jatuhkan');
zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
"""


def test_drop_check_mark_filter_switch_language_and_download(server: str,
                                                            browser: tuple[WebDriver, Path]) -> None:
    driver, downloads = browser
    wait = WebDriverWait(driver, WAIT)
    driver.get(server)
    assert driver.find_element(By.ID, "tombol-periksa").text == "Periksa"
    driver.execute_script(DROP, SAMPLE.name, base64.b64encode(SAMPLE.read_bytes()).decode())
    wait.until(ready.text_to_be_present_in_element((By.ID, "daftar-berkas"), SAMPLE.name))
    driver.find_element(By.ID, "tombol-periksa").click()

    wait.until(ready.presence_of_element_located((By.ID, "hasil")))
    summary = driver.find_element(By.ID, "ringkasan").text
    assert summary.startswith(f"1 berkas, 1 tabel, 84 baris diperiksa: {ERRORS} galat")
    marked = driver.find_elements(By.CSS_SELECTOR, "td.sev-error")
    assert len(marked) == ERRORS
    u81 = driver.find_element(By.ID, "b0-s0-U81")
    assert "sev-error" in u81.get_attribute("class").split()
    assert u81.text == "1,00"
    assert "TC29-13K: tertulis 1, seharusnya 1.500" in u81.get_attribute("title")

    item = driver.find_element(By.CSS_SELECTOR, "li.temuan-item[data-target='b0-s0-U81']")
    item.find_element(By.CSS_SELECTOR, "button.ke-sel").click()
    panel = wait.until(ready.visibility_of_element_located((By.ID, "rincian")))
    assert "Tabel 2.1!U81 · TC29-13K" in panel.text
    assert "Seharusnya\n1.500" in panel.text and "Permendagri 86/2017 T-C.29 kolom 13" in panel.text
    assert driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(), g = arguments[0].closest('.gulir').getBoundingClientRect();"
        "return r.left >= g.left && r.right <= g.right && r.top >= g.top && r.bottom <= g.bottom;", u81), \
        "the grid did not scroll to U81"
    driver.find_element(By.ID, "rincian-tutup").click()
    wait.until(ready.invisibility_of_element_located((By.ID, "rincian")))

    Select(driver.find_element(By.ID, "f-tingkat")).select_by_value("warning")
    wait.until(lambda d: "redup" in d.find_element(By.ID, "b0-s0-U81").get_attribute("class"))
    assert not item.is_displayed()
    assert "redup" not in driver.find_element(By.ID, "b0-s0-AB81").get_attribute("class")
    Select(driver.find_element(By.ID, "f-tingkat")).select_by_value("")
    wait.until(lambda d: "redup" not in d.find_element(By.ID, "b0-s0-U81").get_attribute("class"))

    driver.find_element(By.ID, "ganti-bahasa").click()
    wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
               and d.find_elements(By.ID, "hasil"))
    summary = driver.find_element(By.ID, "ringkasan").text
    assert summary.startswith(f"1 files, 1 tables, 84 rows checked: {ERRORS} errors")
    assert "TC29-13K: states 1, expected 1,500" in driver.find_element(By.ID, "b0-s0-U81").get_attribute("title")
    assert driver.find_element(By.ID, "tombol-periksa").text == "Check"

    driver.find_element(By.ID, "unduh-b0").click()
    target = downloads / "renja-2023-tabel-2.1-temuan.xlsx"
    WebDriverWait(driver, WAIT).until(lambda _: target.is_file() and not list(downloads.glob("*.crdownload")))
    book = load_workbook(target)
    assert book.sheetnames == ["Periksa findings", "Tabel 2.1"]
    assert book["Tabel 2.1"]["U81"].fill.fgColor.rgb.endswith("FFC7CE")
    assert "expected 1,500" in book["Tabel 2.1"]["U81"].comment.text

    problems = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert problems == [], problems


def test_unsupported_file_message_in_the_page(server: str, browser: tuple[WebDriver, Path], tmp_path: Path) -> None:
    driver, _ = browser
    wrong = tmp_path / "laporan.pdf"
    wrong.write_bytes(b"%PDF-1.4\n")
    driver.get(f"{server}/?lang=en")
    driver.find_element(By.ID, "berkas").send_keys(str(wrong))
    driver.find_element(By.ID, "tombol-periksa").click()
    problem = WebDriverWait(driver, WAIT).until(ready.visibility_of_element_located((By.ID, "masalah")))
    assert problem.text.startswith("laporan.pdf: unsupported file type")
