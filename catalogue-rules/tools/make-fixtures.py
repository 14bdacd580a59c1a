#!/usr/bin/env python3
"""Writes the rule fixtures under src/test/resources/fixtures from the bundled conforming sample.

Each fixture is the constructed sample county catalogue (catalogue-data: sample-county-conforming, itself
built from the national rows of mee-2019-672) with one typical shortfall applied, so each fixture shows one
thing. The expected findings (NAME.expected) are written by hand, not by this script.
Run from the repository root: python3 catalogue-rules/tools/make-fixtures.py
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE = json.loads((ROOT / "catalogue-data/src/main/resources/org/zwgk/catalogue/data/editions/"
                   "sample-county-conforming.json").read_text(encoding="utf-8"))
OUT = ROOT / "catalogue-rules/src/test/resources/fixtures"


def fixture(name, note, as_of, edit=None, level=None):
    cat = copy.deepcopy(BASE)
    cat["edition"] = "fixture-" + name
    cat["title"] = "规则测试样例：" + note
    cat["provenance"] = {"sources": ["zwgk-catalogue rule fixture, from sample-county-conforming"],
                         "notes": "CONSTRUCTED TEST FIXTURE, not any locality's catalogue: " + note}
    for c in cat["categories"]:
        c.pop("provenance", None)
    if edit:
        edit(cat)
    (OUT / (name + ".json")).write_text(json.dumps(cat, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    props = "# check options of fixture " + name + "\nasOf=" + as_of + "\n"
    if level:
        props += "level=" + level + "\n"
    (OUT / (name + ".properties")).write_text(props, encoding="utf-8")


def row(cat, code):
    return next(c for c in cat["categories"] if c.get("code") == code)


def drop(cat, *codes):
    cat["categories"] = [c for c in cat["categories"] if c.get("code") not in codes]


def drops_licensing(cat):
    drop(cat, "XK-01", "XK-02", "XK-03")
    for c in cat["categories"]:
        c["owner"] = "市级生态环境部门"


def only_website(cat):
    for c in cat["categories"]:
        c["channels"] = ["政府网站"]


def hazwaste_cut(cat):
    row(cat, "XK-03")["content"] = ["决定环节:危险废物经营许可证信息公示"]


def inserted_row(cat):
    cf01 = row(cat, "CF-01")
    added = copy.deepcopy(cf01)
    added.pop("code")
    added["name"] = "环境违法案件查处进度"
    added["content"] = ["立案情况", "调查取证进度"]
    cat["categories"].insert(cat["categories"].index(cf01) + 1, added)


def noise_law(cat):
    for c in cat["categories"]:
        if c.get("code") == "XK-02":
            continue
        c["legalBasis"] = [l.replace("《环境噪声污染防治法》", "《噪声污染防治法》")
                           .replace("《中华人民共和国环境噪声污染防治法》", "《中华人民共和国噪声污染防治法》")
                           for l in c["legalBasis"]]


def made_or_obtained(cat):
    row(cat, "CF-02")["deadline"] = "制定或获取信息之日起20个工作日内"


def structure(cat):
    cat["categories"].insert(6, copy.deepcopy(row(cat, "CF-02")))
    cat["categories"].append({"area": "公共服务事项", "name": "环境信访办理情况"})
    row(cat, "FW-01").pop("owner")


def not_applicable(cat):
    drop(cat, "FW-01", "ST-01")
    cat["notApplicable"] = [
        {"category": "生态环境保护政策与业务咨询", "code": "FW-01", "area": "公共服务事项",
         "reason": "本县该事项由县政务服务中心统一受理答复"},
        {"category": "生态建设", "code": "ST-01", "area": "生态建设"}]


def beyond_statute(cat):
    row(cat, "CF-01")["deadline"] = "自收到申请之日起30个工作日内"
    row(cat, "CF-02")["deadline"] = "自该信息形成或者变更之日起30个工作日内"
    row(cat, "XK-01")["deadline"] = "及时公开"
    report = copy.deepcopy(row(cat, "FW-01"))
    report.pop("code")
    report["name"] = "政府信息公开工作年度报告"
    report["content"] = ["上一年度政府信息公开工作年度报告"]
    report["deadline"] = "每年3月31日前"
    report["legalBasis"] = ["《中华人民共和国政府信息公开条例》第四十九条"]
    cat["categories"].append(report)


def audience_mode_owner(cat):
    row(cat, "CF-02")["audience"] = ["特定群体"]
    row(cat, "XK-02")["mode"] = ["依申请"]
    row(cat, "XK-01").pop("owner")


def renamed(cat):
    xk01 = row(cat, "XK-01")
    xk01.pop("code")
    xk01["name"] = "建设项目环评文件审批"
    cf02 = row(cat, "CF-02")
    cf02.pop("code")
    cf02["name"] = "行政處罰決定"
    row(cat, "FW-01")["legalBasis"] = ["《环境保护法》", "《政府信息公开条例》", "《示例县生态环境保护条例》"]


def dropped_citation(cat):
    xk01 = row(cat, "XK-01")
    xk01["legalBasis"] = [l for l in xk01["legalBasis"] if "环境影响评价法" not in l]
    drop(cat, "XK-L1")


def eco_code(cat):
    pass


OUT.mkdir(parents=True, exist_ok=True)
fixture("conforming", "与上级目录一致（细化内容、拓宽渠道、收紧一个时限、新增一个事项）", "2020-07-01")
fixture("drops-licensing-keeps-city-owner", "县级目录删去三个行政许可事项，公开主体照抄“市级生态环境部门”", "2020-07-01",
        drops_licensing)
fixture("only-government-website", "所有事项只保留“政府网站”一个公开渠道", "2020-07-01", only_website)
fixture("hazwaste-content-cut", "危险废物经营许可证的公开内容只剩一项", "2020-07-01", hazwaste_cut)
fixture("inserted-row-copies-legal-basis", "插入一个照抄行政处罚流程公开依据的本地事项", "2020-07-01", inserted_row)
fixture("cites-noise-law", "一个事项仍引用已废止的《环境噪声污染防治法》，其余改引《噪声污染防治法》", "2023-01-01", noise_law)
fixture("made-or-obtained-trigger", "公开时限写作“制定或获取信息之日起20个工作日内”", "2020-07-01", made_or_obtained)
fixture("structure-problems", "重复事项、缺少必填字段的事项、缺少公开主体的事项", "2020-07-01", structure)
fixture("not-applicable", "两个事项声明不涉及，其中一个未说明理由", "2020-07-01", not_applicable)
fixture("deadlines-beyond-statute", "时限宽于上级、超出法定期限、无法识别", "2020-07-01", beyond_statute)
fixture("audience-mode-owner", "公开对象收窄、公开方式降级、缺少公开主体", "2020-07-01", audience_mode_owner)
fixture("renamed-and-aliases", "更名事项、繁体名称、法规别称与未收录法规", "2020-07-01", renamed)
fixture("dropped-citation", "建设项目环评审批删去了《环境影响评价法》这一公开依据，且没有本地新增事项", "2020-07-01", dropped_citation)
fixture("eco-code-in-force", "《生态环境法典》施行后检查仍引用被其取代的单行法", "2026-11-01", eco_code)
