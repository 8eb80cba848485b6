#!/usr/bin/env python3
"""Analyzer load benchmark: how much of a large project's compile time PhraseCatalog's analyzers take.

Generates a consumer project of --files C# files (default 2,000) holding at least --literals string
literals (default 20,000): services, repositories, view models and IVR/chat handlers with Chinese,
Korean and English texts, approved phrases, near matches, forbidden phrases, calls to
[AgentMessage] sinks, wrappers and PhraseSinks.txt sinks, plus its own three-culture catalog. It
references the PhraseCatalog package packed from this repository (a private feed and package
folder; nothing global is touched), builds it with the real `dotnet build -p:ReportAnalyzer=true`,
and reads the compiler's "Total analyzer execution time" and "Total generator execution time"
sections and the Csc task's time from the detailed log.

    python3 benchmarks/AnalyzerLoad/analyzer_load.py --out /tmp/analyzer-load --runs 5
    python3 benchmarks/AnalyzerLoad/analyzer_load.py --out /tmp/analyzer-load --runs 5 --server --skip-pack
    python3 benchmarks/AnalyzerLoad/analyzer_load.py --out /tmp/analyzer-load --ab-only --ab 3

Everything is deterministic for a given --seed. Results: docs/benchmarks.md, "Analyzers on a large
project". Timings belong there, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import statistics
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------------
# Texts. Neutral texts are product, order and UI words that are neither approved phrases nor
# contain a forbidden one (checked against the standard catalog's lists at generation time).
# ---------------------------------------------------------------------------------------------

ZH_HANS = [
    "订单详情", "收货地址", "发票抬头", "退款金额", "会员积分", "配送方式", "支付成功", "商品名称",
    "库存紧张", "优惠券已过期", "上海市浦东新区", "北京市朝阳区", "运费", "实付款", "申请售后",
    "物流信息", "签收时间", "客服工单", "工单编号", "处理进度", "满意度调查", "通话记录", "来电号码",
    "排队人数", "坐席状态", "质检评分", "预约时间", "营业网点", "账户余额", "积分兑换", "套餐变更",
    "话费账单", "宽带报修", "上门安装", "服务协议", "隐私政策", "短信验证码", "登录密码",
    "银行卡尾号", "分期付款", "到货提醒", "门店自提", "包裹已揽收", "正在派送", "已签收", "拒收",
    "退货运单号", "换货申请", "价格保护", "发票类型", "增值税专用发票", "电子发票", "开票日期",
]
ZH_HANT = [
    "訂單詳情", "收貨地址", "會員積分", "配送方式", "付款成功", "退貨申請", "台北市信義區",
    "香港九龍", "物流資訊", "簽收時間", "客服工單", "處理進度", "滿意度調查", "通話紀錄",
    "預約時間", "營業據點", "帳戶餘額", "積分兌換", "方案變更", "電信帳單", "寬頻報修", "到府安裝",
    "服務條款", "隱私權政策", "簡訊驗證碼", "信用卡末四碼", "分期付款", "到貨通知", "門市自取",
    "包裹已攬收", "配送中", "已簽收", "電子發票", "統一編號",
]
KO = [
    "주문 내역", "배송지 주소", "결제 완료", "환불 금액", "적립금", "쿠폰 유효기간 만료", "서울특별시 강남구",
    "부산광역시 해운대구", "상담 이력", "대기 인원", "상담원 상태", "만족도 조사", "통화 기록", "발신 번호",
    "예약 시간", "영업점 안내", "계좌 잔액", "포인트 전환", "요금제 변경", "통신 요금 청구서", "인터넷 장애 접수",
    "방문 설치", "이용 약관", "개인정보 처리방침", "인증번호", "카드 끝자리", "할부 결제", "입고 알림",
    "매장 픽업", "배송 중", "배송 완료", "반품 송장 번호", "교환 신청", "전자 세금계산서", "발행일",
]
EN = [
    "Order not found", "Invalid amount", "Customer id is required", "Ticket closed", "Queue is full",
    "Payment declined", "Address updated", "Refund scheduled", "Agent unavailable", "Call transferred",
    "Survey sent", "Session expired", "Retry later", "Duplicate request", "Missing phone number",
    "Invoice generated", "Shipment delayed", "Callback booked", "Recording saved", "Limit exceeded",
]
KEYS = [
    "order.id", "order.total", "customer.phone", "customer.name", "ticket.status", "queue.depth",
    "agent.state", "call.duration", "survey.score", "invoice.number", "refund.amount", "sms.code",
    "ivr.menu", "chat.channel", "delivery.eta", "store.code", "billing.cycle", "plan.code",
]
SQL = [
    "SELECT id, status, total FROM orders WHERE customer_id = @customer ORDER BY created_at DESC",
    "UPDATE tickets SET status = @status, updated_at = @now WHERE id = @id",
    "INSERT INTO call_log (agent_id, caller, started_at) VALUES (@agent, @caller, @started)",
    "SELECT COUNT(*) FROM queue_entries WHERE queue = @queue AND answered_at IS NULL",
    "DELETE FROM sessions WHERE expires_at < @now",
]

# The project's own catalog, "Orders": thing x state, in the three cultures.
OWN_THINGS = [
    ("Order", "订单", "訂單", "주문"), ("Refund", "退款", "退款", "환불"), ("Invoice", "发票", "發票", "영수증"),
    ("Exchange", "换货申请", "換貨申請", "교환 신청"), ("Points", "积分", "積分", "포인트"),
    ("Membership", "会员资格", "會員資格", "멤버십"), ("Appointment", "预约", "預約", "예약"),
    ("Repair", "报修单", "報修單", "수리 접수"), ("Plan", "套餐变更", "方案變更", "요금제 변경"),
    ("Delivery", "配送", "配送", "배송"),
]
OWN_STATES = [
    ("Accepted", "已受理，我们会尽快处理。", "已受理，我們會盡快處理。", "접수되었습니다. 최대한 빨리 처리해 드리겠습니다."),
    ("Completed", "已处理完成，感谢您的耐心等待。", "已處理完成，感謝您的耐心等候。", "처리가 완료되었습니다. 기다려 주셔서 감사합니다."),
    ("UnderReview", "正在审核中，结果会以短信通知您。", "正在審核中，結果會以簡訊通知您。", "검토 중입니다. 결과는 문자로 안내해 드리겠습니다."),
    ("Cancelled", "已为您取消，如有需要可以重新申请。", "已為您取消，如有需要可以重新申請。", "취소해 드렸습니다. 필요하시면 다시 신청하실 수 있습니다."),
    ("Delayed", "需要多一点时间，请您耐心等待。", "需要多一點時間，請您耐心等候。", "시간이 조금 더 걸릴 예정입니다. 양해 부탁드립니다."),
    ("NeedsInfo", "还需要补充一些资料，请您准备好身份证件。", "還需要補充一些資料，請您準備好身分證件。", "추가 서류가 필요합니다. 신분증을 준비해 주시기 바랍니다."),
]

CULTURES = ["zh-Hans", "zh-Hant", "ko"]
NEAR_PUNCT = {"，": ",", "？": "?", "！": "!", "：": ":", "；": ";", "（": "(", "）": ")"}


def read_resx(path: Path) -> list[tuple[str, str, str]]:
    """(key, value, comment) of each data entry."""
    root = ET.parse(path).getroot()
    entries = []
    for data in root.findall("data"):
        value = data.findtext("value") or ""
        entries.append((data.get("name") or "", value, data.findtext("comment") or ""))
    return entries


@dataclass
class Catalogs:
    approved: dict[str, list[tuple[str, str, str]]]  # culture -> (catalog, key, text), no placeholders
    forbidden: list[str]

    @staticmethod
    def load() -> "Catalogs":
        approved: dict[str, list[tuple[str, str, str]]] = {c: [] for c in CULTURES}
        for culture in CULTURES:
            for key, text, _ in read_resx(REPO / "phrases" / f"CallCenter.{culture}.resx"):
                if "{" not in text:
                    approved[culture].append(("CallCenter", key, text))
            for thing in OWN_THINGS:
                for state in OWN_STATES:
                    text = own_text(thing, state, culture)
                    approved[culture].append(("Orders", f"{thing[0]}.{state[0]}", text))
        forbidden = []
        for culture in CULTURES:
            forbidden += [v for _, v, _ in read_resx(REPO / "phrases" / f"CallCenter.Forbidden.{culture}.resx")]
        return Catalogs(approved, sorted(set(forbidden)))


def own_text(thing, state, culture: str) -> str:
    i = CULTURES.index(culture) + 1
    if culture == "ko":
        return f"{thing[i]} 건이 {state[i]}"
    return f"您的{thing[i]}{state[i]}"


# ---------------------------------------------------------------------------------------------
# Code generation
# ---------------------------------------------------------------------------------------------


def cs(text: str) -> str:
    """A C# regular string literal."""
    out = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
    return f"\"{out}\""


@dataclass
class Plan:
    """What the generated code plants, to compare with what the analyzers report."""
    literals: int = 0
    interpolated: int = 0
    files: int = 0
    lines: int = 0
    sink_calls: int = 0
    unapproved_at_sink: int = 0   # PHR1001 (a near match at a sink also counts here)
    forbidden: int = 0            # PHR1003
    near: int = 0                 # PHR1005
    exact: int = 0                # PHR1004 (info)
    by_kind: dict[str, int] = field(default_factory=dict)


class Writer:
    def __init__(self, rng: random.Random, catalogs: Catalogs, plan: Plan, clean: bool):
        self.rng = rng
        # A clean project (--clean) plants nothing: the analyzers' cost on code that is already compliant.
        self.clean = clean
        self.catalogs = catalogs
        self.plan = plan
        self.neutral_cache: dict[str, list[str]] = {}
        self.members = [self.member(c, k) for culture in ["zh-Hans"] for (c, k, _) in catalogs.approved[culture]]

    @staticmethod
    def member(catalog: str, key: str) -> str:
        return f"{catalog}.{key}"

    def count(self, kind: str) -> None:
        self.plan.literals += 1
        self.plan.by_kind[kind] = self.plan.by_kind.get(kind, 0) + 1

    # Literal makers ------------------------------------------------------------------------

    def neutral(self, culture: str) -> str:
        words = {"zh-Hans": ZH_HANS, "zh-Hant": ZH_HANT, "ko": KO}[culture]
        for _ in range(20):
            parts = self.rng.sample(words, self.rng.randint(1, 3))
            sep = " · " if culture == "ko" else self.rng.choice(["：", "，", " / ", "·"])
            text = sep.join(parts)
            if self.rng.random() < 0.3:
                text += f" {self.rng.randint(1, 9999)}"
            if not any(f in text for f in self.catalogs.forbidden):
                return text
        raise RuntimeError("could not make a neutral text")

    def lit(self, kind: str) -> str:
        """A literal of a kind that no analyzer reports."""
        r = self.rng
        if kind == "zh":
            text = self.neutral(r.choice(["zh-Hans", "zh-Hans", "zh-Hant"]))
        elif kind == "ko":
            text = self.neutral("ko")
        elif kind == "en":
            text = r.choice(EN) + (f" ({r.randint(1, 500)})" if r.random() < 0.4 else ".")
        elif kind == "key":
            text = r.choice(KEYS)
        elif kind == "sql":
            text = r.choice(SQL)
        elif kind == "sep":
            text = r.choice([", ", "; ", " | ", "\n"])
        else:
            raise ValueError(kind)
        self.count(kind)
        return cs(text)

    def text_slot(self) -> str:
        """A literal anywhere (not at a sink): mostly neutral, sometimes an approved text (PHR1004),
        a near match (PHR1005) or a forbidden phrase inside a sentence (PHR1003)."""
        r = 1.0 if self.clean else self.rng.random()
        if r < 0.010:
            return self.approved_literal()
        if r < 0.016:
            return self.near_literal()
        if r < 0.022:
            return self.forbidden_literal()
        return self.lit(self.rng.choice(["zh", "zh", "ko", "en"]))

    def approved_literal(self) -> str:
        culture = self.rng.choice(CULTURES)
        _, _, text = self.rng.choice(self.catalogs.approved[culture])
        self.plan.exact += 1
        self.count("approved")
        return cs(text)

    def near_literal(self) -> str:
        while True:
            culture = self.rng.choice(["zh-Hans", "zh-Hant"])
            _, _, text = self.rng.choice(self.catalogs.approved[culture])
            near = "".join(NEAR_PUNCT.get(c, c) for c in text)
            if near != text and not any(f in near for f in self.catalogs.forbidden):
                self.plan.near += 1
                self.count("near")
                return cs(near)

    def forbidden_literal(self) -> str:
        phrase = self.rng.choice(self.catalogs.forbidden)
        frame = self.rng.choice(["质检关键词：{0}", "录音片段包含“{0}”", "QA flag: {0}", "금지어 목록: {0}", "{0}"])
        self.plan.forbidden += 1
        self.count("forbidden")
        return cs(frame.format(phrase))

    def sink_slot(self) -> str:
        """A value passed to an agent-message sink: mostly a phrase member, sometimes a literal."""
        self.plan.sink_calls += 1
        r = self.rng.random()
        if r < 0.55:
            return "(string)" + self.rng.choice(self.members) if self.rng.random() < 0.2 else self.rng.choice(self.members)
        if r < 0.70:
            return f"{self.rng.choice(self.members)}.Text({cs(self.rng.choice(CULTURES))})" + self.counted("culture")
        if r < 0.80 or self.clean:
            return "customerName"  # a parameter: unknown, never reported
        if r < 0.83:
            return self.approved_literal()
        if r < 0.85:
            self.plan.unapproved_at_sink += 1
            return self.near_literal()
        self.plan.unapproved_at_sink += 1
        return self.lit(self.rng.choice(["zh", "ko"]))

    def counted(self, kind: str) -> str:
        self.count(kind)
        return ""

    # Members --------------------------------------------------------------------------------

    def members_for(self, cls: str, i: int) -> list[str]:
        r = self.rng
        template = r.choice(["validate", "labels", "switch", "agent", "ivr", "report", "sql", "audit", "validate", "report", "labels"])
        name = f"{template.capitalize()}{i}"
        if template == "validate":
            self.plan.interpolated += 1
            return [
                f"    public decimal {name}(int id, decimal amount)",
                "    {",
                "        if (amount < 0m)",
                "        {",
                f"            throw new ArgumentOutOfRangeException(nameof(amount), {self.lit('en')});",
                "        }",
                "",
                f"        _log.Write({self.lit('key')}, $\"{r.choice(EN)} {{id}}: {{amount.ToString(CultureInfo.InvariantCulture)}}\");",
                f"        return decimal.Round(amount * {r.randint(1, 99)}m / 100m, 2);",
                "    }",
            ]
        if template == "labels":
            rows = [f"        [{self.lit('key')}] = {self.text_slot()}," for _ in range(r.randint(3, 5))]
            return [
                f"    private static readonly Dictionary<string, string> {name}Labels = new Dictionary<string, string>(StringComparer.Ordinal)",
                "    {",
                *rows,
                "    };",
                "",
                f"    public static string {name}(string key) => {name}Labels.TryGetValue(key, out var label) ? label : {self.lit('en')};",
            ]
        if template == "switch":
            arms = [f"        {n} => {self.text_slot()}," for n in range(r.randint(2, 4))]
            return [
                f"    public static string {name}(int status) => status switch",
                "    {",
                *arms,
                f"        _ => {self.lit('en')},",
                "    };",
            ]
        if template == "agent":
            return [
                f"    public void {name}(AgentConsole agent, string customerName)",
                "    {",
                f"        agent.Say({self.sink_slot()});",
                f"        Notify(agent, {self.sink_slot()});",
                f"        _log.Write({self.lit('key')}, customerName);",
                "    }",
            ]
        if template == "ivr":
            return [
                f"    public void {name}(IvrClient ivr, ChatChannel chat, string customerName)",
                "    {",
                f"        ivr.Play({self.sink_slot()});",
                f"        chat.Send(new ChatMessage {{ Body = {self.sink_slot()}, Channel = {self.lit('key')} }});",
                "    }",
            ]
        if template == "report":
            return [
                f"    public string {name}(IReadOnlyList<string> items)",
                "    {",
                "        var text = new StringBuilder();",
                f"        text.Append({self.text_slot()}).Append({self.lit('sep')});",
                f"        foreach (var item in items) text.Append(item).Append({self.lit('sep')});",
                f"        text.AppendLine({self.text_slot()});",
                f"        return items.Count == 0 ? {self.text_slot()} : text.ToString();",
                "    }",
            ]
        if template == "sql":
            return [
                f"    private const string {name}Sql = {self.lit('sql')};",
                "",
                f"    public string {name}(int id) => {name}Sql + {self.lit('en')} + id.ToString(CultureInfo.InvariantCulture);",
            ]
        if template == "audit":
            return [
                f"    public void {name}(string ticket, int score)",
                "    {",
                f"        var note = score > {r.randint(50, 90)} ? {self.text_slot()} : {self.text_slot()};",
                f"        _log.Write({self.lit('key')}, ticket + {self.lit('sep')} + note);",
                "    }",
            ]
        raise ValueError(template)

    def file(self, index: int, area: str) -> str:
        cls = f"{area}Service{index:04d}"
        literal_start = self.plan.literals
        body: list[str] = []
        i = 0
        # At least 11 literals a file, so 2,000 files hold well over 20,000.
        while self.plan.literals - literal_start < 11 or i < 4:
            if body:
                body.append("")
            body += self.members_for(cls, i)
            i += 1
        lines = [
            "using System;",
            "using System.Collections.Generic;",
            "using System.Globalization;",
            "using System.Text;",
            "using LoadTest.Infrastructure;",
            "using PhraseCatalog.Standard;",
            "using Vendor.Telephony;",
            "",
            f"namespace LoadTest.{area};",
            "",
            f"/// <summary>{area} operations, part {index}.</summary>",
            f"public sealed class {cls}",
            "{",
            "    private readonly AuditLog _log;",
            "",
            f"    public {cls}(AuditLog log) => _log = log;",
            "",
            "    // Passes the text on unchanged: a wrapper sink.",
            "    private static void Notify(AgentConsole agent, string message) => agent.Say(message);",
            "",
            *body,
            "}",
            "",
        ]
        self.plan.files += 1
        self.plan.lines += len(lines)
        return "\n".join(lines)


INFRASTRUCTURE = """using System;
using System.Collections.Generic;
using PhraseCatalog;

namespace LoadTest.Infrastructure
{
    /// <summary>The agent desktop: what it is given is said to the caller.</summary>
    public sealed class AgentConsole
    {
        private readonly List<string> _said = new List<string>();

        public void Say([AgentMessage] string text) => _said.Add(text);

        public IReadOnlyList<string> Said => _said;
    }

    /// <summary>An audit trail (not customer-facing).</summary>
    public sealed class AuditLog
    {
        private readonly List<KeyValuePair<string, string>> _entries = new List<KeyValuePair<string, string>>();

        public void Write(string key, string value) => _entries.Add(new KeyValuePair<string, string>(key, value));
    }
}

namespace Vendor.Telephony
{
    /// <summary>A vendor IVR client without PhraseCatalog attributes: PhraseSinks.txt lists Play.</summary>
    public sealed class IvrClient
    {
        public string? LastPrompt { get; private set; }

        public void Play(string prompt) => LastPrompt = prompt;
    }

    /// <summary>A vendor chat message: PhraseSinks.txt lists Body.</summary>
    public sealed class ChatMessage
    {
        public string Body { get; set; } = string.Empty;

        public string Channel { get; set; } = string.Empty;
    }

    public sealed class ChatChannel
    {
        public int Sent { get; private set; }

        public void Send(ChatMessage message) => Sent += message.Body.Length > 0 ? 1 : 0;
    }
}
"""

SINKS = """// Vendor SDKs whose texts reach the caller.
M:Vendor.Telephony.IvrClient.Play(System.String) prompt
P:Vendor.Telephony.ChatMessage.Body
"""

AREAS = ["Billing", "Sales", "Delivery", "Support", "Accounts", "Ivr", "Chat", "Quality", "Stores", "Plans"]


def resx(entries: list[tuple[str, str]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
           '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
           '  <resheader name="version"><value>2.0</value></resheader>']
    for key, value in entries:
        out.append(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(value)}</value></data>')
    out.append("</root>")
    return "\n".join(out) + "\n"


def generate(project: Path, version: str, feed: Path, packages: Path, files: int, min_literals: int, seed: int, clean: bool) -> Plan:
    catalogs = Catalogs.load()
    rng = random.Random(seed)
    plan = Plan()
    writer = Writer(rng, catalogs, plan, clean)
    if project.exists():
        for path in sorted(project.rglob("*"), reverse=True):
            if path.is_file():
                path.unlink()
            elif path.is_dir():
                path.rmdir()
    project.mkdir(parents=True, exist_ok=True)

    def write(rel: str, text: str) -> None:
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    write("nuget.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="phrasecatalog-local" value="{escape(str(feed))}" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="{escape(str(packages))}" />
  </config>
</configuration>
""")
    write("Directory.Build.props", "<Project />\n")
    write("Directory.Build.targets", "<Project />\n")
    write("LoadTest.csproj", f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>LoadTest</RootNamespace>
    <!-- The planted PHR warnings are the point: they must be reported, not suppressed. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PhraseCatalog" Version="{version}" />
    <PhraseFile Include="phrases/*.resx" />
    <AdditionalFiles Include="PhraseSinks.txt" />
  </ItemGroup>
</Project>
""")
    write("PhraseSinks.txt", SINKS)
    write("Infrastructure.cs", INFRASTRUCTURE)
    for culture in CULTURES:
        write(f"phrases/Orders.{culture}.resx", resx([(f"{t[0]}.{s[0]}", own_text(t, s, culture)) for t in OWN_THINGS for s in OWN_STATES]))

    for index in range(files):
        area = AREAS[index % len(AREAS)]
        write(f"{area}/{area}Service{index:04d}.cs", writer.file(index, area))
    if plan.literals < min_literals:
        raise SystemExit(f"only {plan.literals} literals in {files} files; raise --files")
    return plan


# ---------------------------------------------------------------------------------------------
# Building and measuring
# ---------------------------------------------------------------------------------------------


def run(args: list[str], cwd: Path, env: dict[str, str], log: Path | None = None) -> subprocess.CompletedProcess:
    print("$ " + " ".join(args), flush=True)
    if log is None:
        result = subprocess.run(args, cwd=cwd, env=env)
    else:
        with log.open("w", encoding="utf-8") as out:
            result = subprocess.run(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(args)}" + (f"; see {log}" if log else ""))
    return result


ROW = re.compile(r"^(?:\d+>)?\s*(<?[0-9.]+)\s+(<?[0-9]+)\s+(\S.*?)\s*$")


def seconds(text: str) -> float:
    return 0.0 if text.startswith("<") else float(text)


def parse_section(lines: list[str], title: str) -> tuple[float, dict[str, float]]:
    """Total and per-assembly seconds of one ReportAnalyzer section ('analyzer' or 'generator')."""
    header = re.compile(r"Total " + title + r" execution time: ([0-9.]+) seconds\.")
    for n, line in enumerate(lines):
        m = header.search(line)
        if not m:
            continue
        total = float(m.group(1))
        assemblies: dict[str, float] = {}
        for row in lines[n + 1:]:
            if re.search(r"Total \w+ execution time", row):
                break
            r = ROW.match(row)
            if r is None:
                if row.strip() == "" or "Time (s)" in row:
                    continue
                break
            name = r.group(3)
            # Assembly rows carry a version; analyzer and generator type rows do not.
            if ", Version=" in name:
                assemblies[name.split(",")[0]] = seconds(r.group(1))
        return total, assemblies
    raise SystemExit(f"no 'Total {title} execution time' section in the log (was -p:ReportAnalyzer=true passed?)")


def parse_log(path: Path) -> dict:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    analyzer_total, analyzers = parse_section(lines, "analyzer")
    generator_total, generators = parse_section(lines, "generator")
    csc_ms = None
    for line in lines:
        m = re.match(r"^(?:\d+>)?\s*([0-9]+) ms\s+Csc\s+1 calls", line)
        if m:
            csc_ms = int(m.group(1))
    if csc_ms is None:
        raise SystemExit(f"no Csc line in the task performance summary of {path}")
    # MSBuild prints each diagnostic twice (as it happens, and again in the summary): count locations.
    diagnostics: dict[str, set[str]] = {}
    for line in lines:
        m = re.search(r"([^\s>]+\(\d+,\d+\)): (?:warning|error) (PHR\d{4}):", line)
        if m:
            diagnostics.setdefault(m.group(2), set()).add(m.group(1))
    return {
        "csc_s": csc_ms / 1000.0,
        "analyzers_total_s": analyzer_total,
        "generators_total_s": generator_total,
        "phrasecatalog_analyzer_s": analyzers.get("PhraseCatalog.Generator", 0.0),
        "phrasecatalog_generator_s": generators.get("PhraseCatalog.Generator", 0.0),
        "top_analyzers": sorted(analyzers.items(), key=lambda kv: -kv[1])[:5],
        "top_generators": sorted(generators.items(), key=lambda kv: -kv[1])[:5],
        "diagnostics": {k: len(v) for k, v in sorted(diagnostics.items())},
    }


PHR_OFF = "is_global = true\n" + "".join(f"dotnet_diagnostic.PHR100{i}.severity = none\n" for i in range(1, 8))


def csc_command(log: Path) -> tuple[str, list[str]]:
    """The compiler and its arguments, as the Csc task logged them in a detailed build log."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(?:\d+>)?\s*(\S*[/\\]csc(?:\.exe|\.dll)?) (/noconfig .*)$", line)
        if m:
            return m.group(1), shlex.split(m.group(2), posix=False)
    raise SystemExit(f"no csc command line in {log}")


def timed(args: list[str], cwd: Path, env: dict[str, str], log: Path) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one process."""
    import time
    with log.open("w", encoding="utf-8") as out:
        start = time.monotonic()
        process = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"csc failed ({process.returncode}); see {log}")
    return wall, usage.ru_utime + usage.ru_stime


def ab_runs(project: Path, out: Path, env: dict[str, str], log: Path, runs: int) -> dict:
    """
    The compiler alone, run directly with the build's own arguments (without /reportanalyzer),
    alternately as is (A) and with a global config that sets PHR1001-PHR1007 to none (B), which
    makes the compiler skip PhraseCatalog's analyzer while its generator still runs. CPU time is
    what a loaded machine distorts least; A - B is what the analyzer costs, GC included.
    """
    tool, arguments = csc_command(log)
    arguments = [a for a in arguments if a != "/reportanalyzer"]
    rsp = out / "csc.rsp"
    rsp.write_text("\n".join(arguments) + "\n", encoding="utf-8")
    off = out / "phr-off.globalconfig"
    off.write_text(PHR_OFF, encoding="utf-8")
    # Run the compiler through the dotnet host the SDK uses for it.
    dll = tool if tool.endswith(".dll") else tool + ".dll"
    command = ["dotnet", dll] if Path(dll).exists() else [tool]
    results: dict[str, list[tuple[float, float]]] = {"with": [], "without": []}
    for i in range(1, runs + 1):
        for variant in ("with", "without"):
            extra = [] if variant == "with" else [f"/analyzerconfig:{off}"]
            wall, cpu = timed(command + [f"@{rsp}"] + extra, project, env, out / "logs" / f"ab-{variant}-{i}.log")
            results[variant].append((wall, cpu))
            print(f"A/B run {i} {variant} PhraseCatalog analyzer: wall {wall:.1f} s, cpu {cpu:.1f} s", flush=True)
    med = {v: {"wall_s": statistics.median(w for w, _ in r), "cpu_s": statistics.median(c for _, c in r)} for v, r in results.items()}
    return {
        "runs": {v: [{"wall_s": w, "cpu_s": c} for w, c in r] for v, r in results.items()},
        "median": med,
        "analyzer_cpu_s": med["with"]["cpu_s"] - med["without"]["cpu_s"],
        # Each pair ran back to back, so its difference is less exposed to the load changing between pairs.
        "analyzer_cpu_paired_median_s": statistics.median(a[1] - b[1] for a, b in zip(results["with"], results["without"])),
        "analyzer_cpu_share_pct": (med["with"]["cpu_s"] - med["without"]["cpu_s"]) / med["with"]["cpu_s"] * 100,
        "analyzer_wall_share_pct": (med["with"]["wall_s"] - med["without"]["wall_s"]) / med["with"]["wall_s"] * 100,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/phrasecatalog-analyzer-load"))
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--literals", type=int, default=20000, help="minimum number of string literals")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--warmup", type=int, default=None, metavar="N",
                        help="builds before the measured ones, not counted (default 1; 3 with --server, whose "
                             "tiered JIT keeps getting faster over the first few builds)")
    parser.add_argument("--server", action="store_true",
                        help="compile through the shared compiler server (warm JIT) instead of a fresh csc process per "
                             "build; the server stays up after the run: 'dotnet build-server shutdown --vbcscompiler'")
    parser.add_argument("--skip-pack", action="store_true", help="reuse the package packed by an earlier run into --out")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--clean", action="store_true", help="plant no problems: no PHR diagnostic is expected")
    parser.add_argument("--ab", type=int, default=0, metavar="N",
                        help="then run the compiler directly N times with and N times without the PhraseCatalog analyzer")
    parser.add_argument("--ab-only", action="store_true",
                        help="only the --ab runs, on the project and build log an earlier run left in --out")
    args = parser.parse_args()

    out = args.out.resolve()
    feed, packages, logs = out / "feed", out / "nuget-packages", out / "logs"
    for d in (feed, packages, logs):
        d.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, NUGET_PACKAGES=str(packages), DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1",
               DOTNET_CLI_UI_LANGUAGE="en")

    if args.ab_only:
        # A measured or warm-up build's detailed log (not a log of an earlier A/B run).
        logs_found = [p for p in sorted(logs.glob("*-[0-9]*.log")) + sorted(logs.glob("*-warmup.log")) if not p.name.startswith("ab-")]
        if not (out / "LoadTest").exists() or not logs_found:
            raise SystemExit("--ab-only needs the project and a detailed build log of an earlier run in --out")
        ab = ab_runs(out / "LoadTest", out, env, logs_found[0], max(args.ab, 1))
        (out / "results-ab.json").write_text(json.dumps(ab, indent=2) + "\n", encoding="utf-8")
        print(json.dumps({k: v for k, v in ab.items() if k != "runs"}, indent=2))
        return

    version_file = out / "version.txt"
    if args.skip_pack and version_file.exists():
        version = version_file.read_text().strip()
    else:
        # A version of its own, so no package folder can serve an older build of the same number.
        version = "0.1.0-load." + uuid.uuid4().hex[:8] + "x"
        run(["dotnet", "pack", str(REPO / "PhraseCatalog.sln"), "-c", "Release", f"-p:Version={version}",
             f"-p:PackageOutputPath={feed}{os.sep}", "--artifacts-path", str(out / "pack-build"), "-tl:off", "-nologo"],
            REPO, env, logs / "pack.log")
        version_file.write_text(version + "\n")

    project = out / "LoadTest"
    plan = generate(project, version, feed, packages, args.files, args.literals, args.seed, args.clean)
    print(f"generated {plan.files} files, {plan.lines} lines, {plan.literals} string literals "
          f"(+{plan.interpolated} interpolated strings), {plan.sink_calls} sink calls; planted: "
          f"PHR1001 {plan.unapproved_at_sink}, PHR1003 {plan.forbidden}, PHR1004 {plan.exact}, PHR1005 {plan.near}", flush=True)
    if args.generate_only:
        return

    run(["dotnet", "restore", "-tl:off", "-nologo"], project, env, logs / "restore.log")
    common = ["dotnet", "build", "--no-restore", "--no-incremental", "-tl:off", "-nologo", "-p:ReportAnalyzer=true",
              "-v:detailed", "-clp:PerformanceSummary"]
    # Set either way, so a UseSharedCompilation variable in the environment does not decide it.
    common.append("-p:UseSharedCompilation=" + ("true" if args.server else "false"))
    mode = ("server" if args.server else "fresh") + ("-clean" if args.clean else "")
    # Builds first, not counted: they warm the file cache and, with the server, JIT the compiler and the analyzers.
    warmups = args.warmup if args.warmup is not None else (3 if args.server else 1)
    for w in range(1, warmups + 1):
        suffix = "warmup" if w == warmups else f"warmup{w}"
        run(common + [f"-bl:{logs / f'{mode}-{suffix}.binlog'}"], project, env, logs / f"{mode}-{suffix}.log")
    results = []
    for i in range(1, args.runs + 1):
        log = logs / f"{mode}-{i}.log"
        run(common + [f"-bl:{logs / f'{mode}-{i}.binlog'}"], project, env, log)
        r = parse_log(log)
        results.append(r)
        share = (r["phrasecatalog_analyzer_s"] + r["phrasecatalog_generator_s"]) / r["csc_s"] * 100
        print(f"run {i}: csc {r['csc_s']:.2f} s, all analyzers {r['analyzers_total_s']:.2f} s, all generators "
              f"{r['generators_total_s']:.2f} s, PhraseCatalog analyzer {r['phrasecatalog_analyzer_s']:.3f} s, "
              f"generator {r['phrasecatalog_generator_s']:.3f} s = {share:.1f}% of csc; diagnostics {r['diagnostics']}", flush=True)

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    summary = {
        "mode": mode,
        "version": version,
        "plan": plan.__dict__,
        "runs": results,
        "median": {k: median(k) for k in ["csc_s", "analyzers_total_s", "generators_total_s", "phrasecatalog_analyzer_s", "phrasecatalog_generator_s"]},
    }
    m = summary["median"]
    m["phrasecatalog_analyzer_share_pct"] = statistics.median(r["phrasecatalog_analyzer_s"] / r["csc_s"] * 100 for r in results)
    m["phrasecatalog_total_share_pct"] = statistics.median((r["phrasecatalog_analyzer_s"] + r["phrasecatalog_generator_s"]) / r["csc_s"] * 100 for r in results)
    if args.ab > 0:
        summary["ab"] = ab_runs(project, out, env, logs / f"{mode}-{args.runs}.log", args.ab)
    (out / f"results-{mode}.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(summary["median"], indent=2))
    if "ab" in summary:
        print(json.dumps({k: v for k, v in summary["ab"].items() if k != "runs"}, indent=2))
    print(f"results: {out / f'results-{mode}.json'}; logs and binlogs: {logs}")


if __name__ == "__main__":
    sys.exit(main())
