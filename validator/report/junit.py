"""JUnit XML, for CI dashboards that show test results.

One testsuite per workbook. Each rule with findings in that workbook is a
failing testcase listing its cells; a clean workbook is one passing
testcase; a workbook that could not be checked is one testcase in error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from validator import messages
from validator.model import FileResult, Finding, Report
from validator.report.common import describe


def _suite(result: FileResult, lang: str) -> ET.Element:
    suite = ET.Element("testsuite", name=result.path)
    if result.status == "error":
        case = ET.SubElement(suite, "testcase", classname=result.path, name=messages.t("could-not-check", lang))
        ET.SubElement(case, "error", message=result.error or "").text = result.error or ""
    elif not result.findings:
        ET.SubElement(suite, "testcase", classname=result.path, name=messages.t("clean", lang))
    by_rule = sorted(result.findings, key=lambda f: (f.rule, *Finding.sort_key(f)))
    for rule, group in groupby(by_rule, key=lambda f: f.rule):
        findings = list(group)
        case = ET.SubElement(suite, "testcase", classname=result.path, name=rule)
        failure = ET.SubElement(case, "failure", type=findings[0].severity.value,
                                message=messages.t("findings-count", lang, count=len(findings)))
        failure.text = "\n".join(describe(f) for f in findings)
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    suite.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    suite.set("skipped", "0")
    return suite


def render(report: Report, lang: str) -> str:
    root = ET.Element("testsuites", name="periksa")
    for result in report.files:
        root.append(_suite(result, lang))
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in root)))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
