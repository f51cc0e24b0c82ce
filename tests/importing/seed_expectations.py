"""What a reader finds in the four seed plans: every task's reference and lead units (written by reading them)."""

from __future__ import annotations

UNIT = {
    "CA": "Công an tỉnh",
    "KHCN": "Sở Khoa học và Công nghệ",
    "SBN": "Các sở, ban, ngành tỉnh",
    "XA": "UBND cấp xã",
    "NV": "Sở Nội vụ",
    "TC": "Sở Tài chính",
    "VP": "Văn phòng UBND tỉnh",
    "YT": "Sở Y tế",
    "BHXH": "Bảo hiểm xã hội tỉnh",
    "GD": "Sở Giáo dục và Đào tạo",
    "LQ": "Các cơ quan, đơn vị liên quan",
    "XD": "Sở Xây dựng",
    "TP": "Sở Tư pháp",
    "NNMT": "Sở Nông nghiệp và Môi trường",
    "NHNN": "Ngân hàng Nhà nước khu vực",
    "BAO": "Báo và Phát thanh, Truyền hình tỉnh",
    "MTTQ": "Ủy ban MTTQ Việt Nam tỉnh",
    "DOAN": "Tỉnh Đoàn",
    "PN": "Hội Liên hiệp Phụ nữ tỉnh",
    "CAX": "Công an xã",
    "PKT": "Phòng Kinh tế",
    "VHXH": "Phòng Văn hóa - Xã hội",
    "HCC": "Trung tâm Phục vụ hành chính công xã",
    "PBX": "Các phòng, ban, đoàn thể xã",
}

# "ref=LEAD+LEAD" for every task, in document order; an empty lead is a general task without units.
EXPECTED = {
    "000": "II.1.a= II.1.b= II.1.c= II.1.d= II.1.d= II.2.a.-1=CA II.2.a.-2=CA II.2.a.-3=CA II.2.a.-4=KHCN "
    "II.2.a.-5=CA+NV II.2.b.-1=SBN+XA II.2.b.-2.(1)=CA II.2.b.-2.(2)=SBN II.2.b.-2.(3)=CA II.2.b.-3.(1)=KHCN "
    "II.2.b.-3.(2)=KHCN II.2.b.-3.(3)=SBN+XA II.2.b.-4.(1)=CA II.2.b.-4.(2)=CA II.2.b.-5.(1)=KHCN "
    "II.2.b.-5.(2)=KHCN II.2.b.-5.(3)=TC II.2.c.-1.(1)=VP II.2.c.-1.(2)=KHCN+XA II.2.c.-1.(3)=VP "
    "II.2.c.-2.(1)=YT+NV II.2.c.-2.(2)=BHXH II.2.c.-2.(3)=CA+NV II.2.c.-2.(4)=YT II.2.c.-2.(5)=GD "
    "II.2.c.-3.(1)=CA II.2.c.-3.(2)=KHCN II.2.c.-3.(3)=YT II.2.c.-4.(1)=CA II.2.c.-4.(2)=CA "
    "II.2.c.-5.(1)=KHCN II.2.c.-5.(2)=CA II.2.d.-1=CA II.2.d.-2=YT+XA",
    "001": "I.1=CAX I.2=PKT I.3=CAX I.4=VHXH II.1=HCC II.2=HCC II.3=HCC III.1=CAX III.2=PKT III.3=VHXH "
    "III.4=CAX III.5=CAX IV.1=CAX IV.2=PKT IV.3=PKT IV.4=VHXH IV.5=PBX V.1=VHXH V.2=VHXH V.3=VHXH "
    "V.4=VHXH VI.1=VHXH",
    "003": "II.1.(1)=SBN+XA+LQ II.1.(2)=TC II.2=SBN+XA+LQ II.3.(1)=KHCN II.3.(2)=KHCN II.4.(1)=CA "
    "II.4.(2)=CA II.5.a.(1)=KHCN II.5.a.(2)=KHCN II.5.a.(3)=KHCN II.5.b=TC II.6.a.(1)=KHCN "
    "II.6.a.(2)=SBN+XA+LQ II.6.a.(3)=SBN+XA+LQ II.6.a.(4)=SBN+XA+LQ II.6.a.(5)=SBN+XA+LQ II.6.b.(1)=YT "
    "II.6.b.(2)=YT+NV+BHXH+GD+SBN+XA II.6.b.(3)=CA+YT II.6.b.(4)=YT II.6.b.(5)=XD II.6.c.(1)=CA "
    "II.6.c.(2)=CA II.6.c.(3)=KHCN II.7.(1)=SBN+LQ II.7.(2)=SBN+LQ II.8.(1)=NV II.8.(2)=SBN+XA+LQ "
    "II.9.(1)=SBN+XA+LQ II.9.(2)=SBN+XA",
    "004": "III.1.-1= III.1.-2= III.2.-1= III.2.-2= III.2.-3= III.3.-1= III.3.-2= III.3.-3= III.4.-1= "
    "III.4.-2= III.4.-3= III.4.-4= III.4.-5= III.5.-1= III.5.-2= III.5.-3= III.5.-4= III.6.-1= III.6.-2= "
    "III.6.-3= III.7.-1= III.7.-2= III.7.-3= III.8.-1= III.8.-2= III.8.-3= III.9.-1= III.9.-2= III.9.-3= "
    "IV.1.-1=CA IV.1.-2=CA IV.1.-3=CA IV.1.-4=CA IV.1.-5=CA IV.2.-1=VP IV.2.-2=VP IV.2.-3=VP IV.2.-4=VP "
    "IV.2.-5=VP IV.3.-1=KHCN IV.3.-2=KHCN IV.4.-1=TP IV.4.-2=TP IV.5.-1=NNMT IV.5.-2=NNMT IV.6.-1=XD "
    "IV.6.-2=XD IV.6.-3=XD IV.6.-4=XD IV.6.-1=YT IV.6.-2=YT IV.7.-1=GD IV.7.-2=GD IV.8.-1=NV IV.8.-2=NV "
    "IV.9.-1=TC IV.9.-2=TC IV.10.-1=NHNN IV.10.-2=NHNN IV.11.-1=BAO IV.11.-1=SBN IV.11.-2=SBN "
    "IV.11.-3=SBN IV.11.-4=SBN IV.11.-5=MTTQ IV.11.-6=DOAN IV.11.-7=PN",
}


def expected_tasks(stem: str) -> list[tuple[str, frozenset[str]]]:
    """(ref, set of canonical lead names) for every task of a seed."""
    pairs = []
    for item in EXPECTED[stem].split():
        ref, leads = item.split("=")
        pairs.append((ref, frozenset(UNIT[code] for code in leads.split("+") if code)))
    return pairs
