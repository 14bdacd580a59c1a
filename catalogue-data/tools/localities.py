#!/usr/bin/env python3
"""Writes the locality editions (commitments stated in the seed documents) and the two constructed sample
catalogues as JSON resources. Run from catalogue-data/: python3 tools/localities.py
The output is then canonicalized: run the build, copy target/canonical/*.json over the resources
(EditionResourcesTest#bundledEditionsAreInCanonicalForm writes them). Every locality row quotes the seed sentence it rests on; a field the seed does not state is left out."""
import json, os

OUT = "src/main/resources/org/zwgk/catalogue/data/editions/"
NATIONAL = json.load(open(OUT + "mee-2019-672.json", encoding="utf-8"))

def write(name, obj):
    with open(OUT + name, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def seed_row(seed, quote, area, name, content, deadline=None, channels=None, audience=None, mode=None,
             inferred=None, extra=""):
    row = {"area": area, "name": name, "content": content}
    if deadline is not None:
        row["deadline"] = deadline
    if channels is not None:
        row["channels"] = channels
    if audience is not None:
        row["audience"] = audience
    if mode is not None:
        row["mode"] = mode
    prov = {"sources": ["seeds/" + seed], "confidence": "medium"}
    if inferred:
        prov["inferred"] = inferred
    prov["notes"] = ("Seed sentence: “" + quote + "”. Area = the seed's section heading (the document has no "
                     "一级事项). Confidence medium: quoted from the seed copy, whose origin was not checked against "
                     "the issuer's own site." + (" " + extra if extra else ""))
    row["provenance"] = prov
    return row

LOCALITY_NOTE = ("Not a catalogue: the concrete disclosure commitments this document states, as rows, for "
                 "comparison with the national edition. Fields the document does not state are absent; owner is "
                 "absent throughout because the document names responsible sections, not a 公开主体 per row. ")

# ---- seed 002: 银川市生态环境局2021年政务公开工作要点 ----
S2 = "002_c362fae885a0b558.txt"
A2 = "三、加强政策解读,推进全方位政务公开"
write("yinchuan-sthjj-2021.json", {
    "edition": "yinchuan-sthjj-2021",
    "title": "银川市生态环境局2021年政务公开工作要点",
    "issuer": "银川市生态环境局",
    "issuedOn": "2021-07-30",
    "level": "市级",
    "locality": "银川市",
    "parent": "mee-2019-672",
    "provenance": {
        "sources": ["seeds/" + S2],
        "confidence": "medium",
        "notes": LOCALITY_NOTE + "发布日期 2021-07-30 and 发布机构 银川市生态环境局 as printed on the page "
                 "(索引号 640100-113/2021-00201); the page states no document number. Level 市级: the issuer is the "
                 "银川市 (prefecture-level city) bureau."},
    "categories": [
        seed_row(S2, "解读材料务必于文件印发后7个工作日内挂网发布,文字、图解不低于80%,多元化解读率不低于60%。",
                 A2, "重大政策解读", ["政策性文件、规范性文件的解读材料"], deadline="文件印发后7个工作日内",
                 channels=["政府网站", "两微一端"], inferred=["channels"],
                 extra="Channels from 三.3: “通过市政府网站政务公开平台、我局政务微信公众平台(银川生态环境)、政务微博(银川市生态环境)"
                       "及时发布、转载、转发行政规范性文件、重要政策性文件以及政策解读”; 政府网站 is named, 两微一端 is our "
                       "reading of 微信公众平台 + 政务微博 (hence inferred). Scope: 由我局以市委、市政府办公室名义公开发布的"
                       "政策性文件、规范性文件."),
        seed_row(S2, "通过“市长信箱”、人民网市长留言板、网上信访和“12345”网上受理平台、“问政银川”微博矩阵等渠道收到的网民留言、"
                     "意见建议和问题咨询,按照职责分工进行转办,由涉及到的科室和基层单位做好答复,答复期限不得超过7个工作日。",
                 A2, "网民留言答复", ["网民留言、意见建议和问题咨询的答复"], deadline="答复期限不得超过7个工作日",
                 extra="The seed does not say from when the 7 working days run, nor where replies are published; "
                       "trigger, channels, audience and mode are absent."),
        seed_row(S2, "对银川市5个集中式饮用水源地进行监测,其中包含1个地表水型水源和4个地下水型水源。每月监测一次,"
                     "定期公开所有水源地监测结果。",
                 "二、抓好重点领域,推进全过程政务公开", "饮用水水源地水质状况报告", ["所有水源地监测结果"],
                 deadline="定期",
                 extra="The seed says monitoring is monthly (每月监测一次) but publication only 定期 (periodic, period "
                       "not stated); the deadline is therefore the seed's word 定期, not 每月."),
    ],
})

# ---- seed 000: 2020年上海市生态环境局政务公开工作要点 (沪环办〔2020〕88号) ----
S0 = "000_238ce44a1f5785ff.txt"
write("shanghai-sthjj-2020.json", {
    "edition": "shanghai-sthjj-2020",
    "title": "2020年上海市生态环境局政务公开工作要点",
    "issuer": "上海市生态环境局",
    "documentNumber": "沪环办〔2020〕88号",
    "issuedOn": "2020-05-08",
    "level": "省级",
    "locality": "上海市",
    "parent": "mee-2019-672",
    "provenance": {
        "sources": ["seeds/" + S0],
        "confidence": "medium",
        "notes": LOCALITY_NOTE + "Issued with 上海市生态环境局关于印发《2020年上海市生态环境局政务公开工作要点》的通知 "
                 "(沪环办〔2020〕88号), dated 2020年5月8日 in the text; the mirror (foodmate.net) gives 发布日期 "
                 "2020-05-09. Level 省级: Shanghai is a 直辖市 (province-level)."},
    "categories": [
        seed_row(S0, "公众意见的收集、采纳情况和较为集中意见未予采纳的原因,应在决策出台后10个工作日内向社会公布。",
                 "三、持续加强政策解读扩大公众参与", "重大行政决策公众意见采纳情况",
                 ["公众意见的收集、采纳情况", "较为集中意见未予采纳的原因"], deadline="决策出台后10个工作日内",
                 audience=["全社会"], mode=["主动"], inferred=["mode"],
                 extra="Scope: 列入重大行政决策事项目录的政策性决策事项. 全社会 from “向社会公布”; 主动 inferred from "
                       "the bureau publishing to society of its own motion."),
        seed_row(S0, "按月度公开全市生态环境违法企业名单;", "一、进一步加大生态环境重点领域公开力度",
                 "生态环境违法企业名单", ["全市生态环境违法企业名单"], deadline="按月度"),
        seed_row(S0, "实时发布环境空气质量数据,及时公布空气质量预报信息。", "一、进一步加大生态环境重点领域公开力度",
                 "环境空气质量数据", ["环境空气质量数据"], deadline="实时"),
    ],
})

# ---- seed 001: 云浮市环境保护局全面推进政务公开工作方案 (云环办〔2017〕11号) ----
S1 = "001_74ddf031124f19f0.txt"
write("yunfu-hbj-2017.json", {
    "edition": "yunfu-hbj-2017",
    "title": "市环境保护局全面推进政务公开工作方案",
    "issuer": "云浮市环境保护局",
    "documentNumber": "云环办〔2017〕11号",
    "level": "市级",
    "locality": "云浮市",
    "parent": "mee-2019-672",
    "provenance": {
        "sources": ["seeds/" + S1],
        "confidence": "medium",
        "notes": LOCALITY_NOTE + "Annex to 关于印发云浮市环境保护局全面推进政务公开工作方案的通知 (云环办〔2017〕11号); "
                 "the seed gives no date of issue (absent). The document predates the national guideline (2019): "
                 "the parent link is for comparison, not derivation. Issuer 云浮市环境保护局 from the notice title."},
    "categories": [
        seed_row(S1, "政策解读材料原则上与政策文件同步在政府网站发布，最迟不超过3个工作日。（责任科室：法规科，起草政策性文件的科室）",
                 "二、主要任务", "政策解读", ["政策解读材料"],
                 deadline="原则上与政策文件同步在政府网站发布，最迟不超过3个工作日", channels=["政府网站"],
                 extra="Scope: 涉及群众切身利益、社会关注度高的重要政策文件. Responsible sections (not a 公开主体): "
                       "法规科, 起草政策性文件的科室."),
        seed_row(S1, "特别重大、重大突发事件发生后，应在24小时内举行新闻发布会。", "二、主要任务",
                 "特别重大、重大突发事件新闻发布", ["新闻发布会"],
                 deadline="特别重大、重大突发事件发生后，应在24小时内", channels=["发布会/听证会"],
                 extra="Channel 发布会/听证会 is the printed option for the 新闻发布会 the seed names."),
    ],
})

# ---- seed 004: 保山市生态环境局2019年政务公开自评与重点工作落实情况的报告 ----
S4 = "004_3dbc7c5cc1e134ba.txt"
B_NOTE = "Reported practice in a self-assessment (what the bureau says it did in 2019), not a published commitment."
write("baoshan-sthjj-2019.json", {
    "edition": "baoshan-sthjj-2019",
    "title": "保山市生态环境局2019年政务公开自评与重点工作落实情况的报告",
    "issuer": "保山市生态环境局",
    "issuedOn": "2019-12-04",
    "level": "市级",
    "locality": "保山市",
    "parent": "mee-2019-672",
    "provenance": {
        "sources": ["seeds/" + S4],
        "confidence": "medium",
        "notes": LOCALITY_NOTE + B_NOTE + " Dated 2019年12月4日 at the end of the report; no document number stated."},
    "categories": [
        seed_row(S4, "按月向社会公开了保山中心城市北庙水库、龙王塘、龙泉门3个在用集中式生活饮用水水源水质状况报告和全市七条主要河流"
                     "13个国控、省控水质断面监测状况,按季公开了县级集中式生活饮用水水源水质状况报告。",
                 "二、全面推进政务公开工作", "中心城市集中式生活饮用水水源水质状况报告",
                 ["北庙水库、龙王塘、龙泉门3个在用集中式生活饮用水水源水质状况报告"], deadline="按月",
                 audience=["全社会"], extra=B_NOTE + " 全社会 from “向社会公开”."),
        seed_row(S4, "按月向社会公开了……全市七条主要河流13个国控、省控水质断面监测状况",
                 "二、全面推进政务公开工作", "主要河流国控、省控水质断面监测状况",
                 ["全市七条主要河流13个国控、省控水质断面监测状况"], deadline="按月", audience=["全社会"],
                 extra=B_NOTE + " Same sentence as the row above (elided)."),
        seed_row(S4, "按季公开了县级集中式生活饮用水水源水质状况报告。", "二、全面推进政务公开工作",
                 "县级集中式生活饮用水水源水质状况报告", ["县级集中式生活饮用水水源水质状况报告"], deadline="按季",
                 extra=B_NOTE),
        seed_row(S4, "按月公开危险废物转移备案情况。", "三、重点工作落实情况", "危险废物转移备案情况",
                 ["危险废物转移备案情况"], deadline="按月", extra=B_NOTE),
    ],
})

# ---- constructed samples ----
SAMPLE_NOTE = ("CONSTRUCTED EXAMPLE for examples and tests; 示例县 is not a real locality and this is not any "
               "locality's catalogue. ")
nat = {c["code"]: c for c in NATIONAL["categories"]}

def sample_prov(note):
    return {"sources": ["constructed example (zwgk-catalogue); national rows from mee-2019-672"], "notes": note}

OWNER = "示例市生态环境局示例县分局"
ALL4 = ["政府网站", "两微一端", "政务服务中心", "便民服务站"]
conf_rows = []
for code, c in nat.items():
    r = {k: v for k, v in c.items() if k != "provenance"}
    r["owner"] = OWNER
    r["levels"] = ["县级"]
    note = "National row %s kept with every stated field; owner renamed to the county body." % code
    if "channels" not in c:
        r["channels"] = ALL4 if r.get("mode", ["主动"]) == ["主动"] else ["精准推送"]
        note += " Channels (absent in the national transcription) chosen for the example."
    if "audience" not in c:
        r["audience"], r["mode"] = ["全社会"], ["主动"]
        note += " Audience and mode (absent in the national transcription) chosen for the example."
    if "legalBasis" not in c:
        r["legalBasis"] = ["《中华人民共和国政府信息公开条例》"]
        note += " Legal basis (absent in the national transcription) chosen for the example."
    if code == "XK-01":
        r["channels"] = ALL4 + ["政府公报"]
        note += " Channel 政府公报 added (widening)."
    if code == "CF-02":
        r["deadline"] = "自该信息形成或者变更之日起7个工作日内"
        note += " Deadline tightened to 7 working days (stricter than the parent)."
    if code == "ST-01":
        r["content"] = c["content"] + ["县域生态保护红线相关信息"]
        note += " One content element added (refinement)."
    r["provenance"] = sample_prov(SAMPLE_NOTE + note)
    conf_rows.append(r)
# a local row after the 行政许可 block
local = {"area": "行政许可", "areaCode": "XK", "code": "XK-L1", "name": "排污许可证核发",
         "content": ["决定环节:排污许可证核发结果"],
         "legalBasis": ["《排污许可管理条例》", "《中华人民共和国政府信息公开条例》"],
         "deadline": "自该信息形成或者变更之日起20个工作日内", "owner": OWNER, "channels": ALL4,
         "audience": ["全社会"], "mode": ["主动"], "levels": ["县级"],
         "provenance": sample_prov(SAMPLE_NOTE + "Local row added by the example county (not a national row).")}
conf_rows.insert(3, local)
write("sample-county-conforming.json", {
    "edition": "sample-county-conforming",
    "title": "示例县生态环境领域基层政务公开标准目录（构造示例）",
    "issuer": OWNER,
    "issuedOn": "2020-06-30",
    "level": "县级",
    "locality": "示例县（构造示例，非真实地区）",
    "parent": "mee-2019-672",
    "provenance": sample_prov(SAMPLE_NOTE + "Conforms to mee-2019-672: keeps all 9 transcribed national rows "
                              "with every stated field; refines content, widens channels, tightens one deadline, "
                              "adds one local row (XK-L1)."),
    "categories": conf_rows,
})

short_rows = []
JIULONGPO = "制定或获取信息之日起20个工作日内"
for code in ["XK-03", "CF-01", "CF-02", "CF-03", "CF-04", "ST-01"]:
    c = nat[code]
    r = {k: v for k, v in c.items() if k != "provenance"}
    notes = []
    r["owner"] = "市级生态环境部门"
    notes.append("owner left at 市级生态环境部门 in a 县级 catalogue")
    r["channels"] = ["政府网站"]
    notes.append("channels cut to ■政府网站 only")
    if code == "XK-03":
        r["content"] = ["危废经营许可证审批结果"]
        notes.append("content cut to one element (as the regpowell copy did)")
    if code in ("CF-02", "ST-01"):
        r["deadline"] = JIULONGPO
        notes.append("deadline 制定或获取信息之日起20个工作日内 (narrower trigger than 形成或者变更)")
    if "audience" not in c:
        r["audience"], r["mode"] = ["全社会"], ["主动"]
    r["provenance"] = sample_prov(SAMPLE_NOTE + "National row %s with shortfalls: %s." % (code, "; ".join(notes)))
    short_rows.append(r)
copied = {"area": "行政处罚行政强制和行政命令", "areaCode": "CF", "code": "CF-L1", "name": "环境违法案件查处情况",
          "content": ["环境违法案件查处结果"], "legalBasis": nat["CF-01"]["legalBasis"],
          "deadline": "自该信息形成或者变更之日起20个工作日内", "owner": "市级生态环境部门", "channels": ["政府网站"],
          "audience": ["全社会"], "mode": ["主动"],
          "provenance": sample_prov(SAMPLE_NOTE + "Local row whose legal basis is copied from national row CF-01 "
                                    "(12 laws, including the repealed 《环境噪声污染防治法》).")}
short_rows.insert(5, copied)
write("sample-county-shortfalls.json", {
    "edition": "sample-county-shortfalls",
    "title": "示例县生态环境领域基层政务公开标准目录（含典型缺陷的构造示例）",
    "issuer": OWNER,
    "issuedOn": "2023-01-10",
    "level": "县级",
    "locality": "示例县（构造示例，非真实地区）",
    "parent": "mee-2019-672",
    "provenance": sample_prov(SAMPLE_NOTE + "Typical shortfalls against mee-2019-672: XK-01 and XK-02 silently "
                              "dropped (XK-03 kept only to show a content cut); owner 市级生态环境部门 kept; only "
                              "■政府网站; XK-03 content cut to one element; local row CF-L1 copies CF-01's legal "
                              "basis; 《环境噪声污染防治法》 cited (repealed 2022-06-05, before this example's date); "
                              "制定或获取信息之日起20个工作日内 on CF-02 and ST-01; FW-01 declared 不涉及 without a reason."),
    "categories": short_rows,
    "notApplicable": [{"area": "公共服务事项", "code": "FW-01", "category": "生态环境保护政策与业务咨询"}],
})
