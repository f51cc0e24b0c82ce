# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x05\xb6\
/\
* Calm office lo\
ok: a light navi\
gation column, r\
eadable tables, \
clear section ro\
ws. */\x0aQListWidg\
et#nav_list {\x0a  \
  outline: none;\
\x0a    background:\
 #eef3f8;\x0a    bo\
rder: none;\x0a    \
border-right: 1p\
x solid #c9d6e3;\
\x0a    padding-top\
: 8px;\x0a    font-\
size: 11pt;\x0a}\x0aQL\
istWidget#nav_li\
st::item {\x0a    p\
adding: 8px 10px\
;\x0a    color: #1f\
2d3a;\x0a}\x0aQListWid\
get#nav_list::it\
em:selected {\x0a  \
  background: #1\
d5c8c;\x0a    color\
: white;\x0a}\x0aQLabe\
l#commune_label \
{\x0a    font-size:\
 15pt;\x0a    font-\
weight: bold;\x0a  \
  color: #0f3b5c\
;\x0a}\x0aQLabel#days_\
left_label[overd\
ue=\x22true\x22] {\x0a   \
 color: #b00020;\
\x0a    font-weight\
: bold;\x0a}\x0aQLabel\
#empty_label {\x0a \
   color: #4a5b6\
a;\x0a    font-size\
: 11pt;\x0a    padd\
ing: 24px;\x0a}\x0aQLa\
bel#error_label \
{\x0a    color: #b0\
0020;\x0a}\x0aQTableVi\
ew {\x0a    gridlin\
e-color: #d6dde4\
;\x0a    selection-\
background-color\
: #cfe2f3;\x0a    s\
election-color: \
black;\x0a}\x0aQHeader\
View::section {\x0a\
    background: \
#e4ebf2;\x0a    pad\
ding: 4px;\x0a    b\
order: none;\x0a   \
 border-right: 1\
px solid #c9d6e3\
;\x0a    border-bot\
tom: 1px solid #\
c9d6e3;\x0a    font\
-weight: bold;\x0a}\
\x0a\x0a/* The read-on\
ly banner of a w\
orkspace opened \
from a place tha\
t cannot be writ\
ten. */\x0aQLabel#r\
ead_only_label {\
\x0a    background:\
 #fff4ce;\x0a    co\
lor: #6b4e00;\x0a  \
  border: 1px so\
lid #e0c060;\x0a   \
 padding: 1px 8p\
x;\x0a    font-weig\
ht: bold;\x0a}\x0a\x0a/* \
What the importe\
r noticed while \
reading a plan (\
pages left out, \
repeated numbers\
\xe2\x80\xa6). */\x0aQLabel#\
warnings_label {\
\x0a    background:\
 #fff4ce;\x0a    co\
lor: #6b4e00;\x0a  \
  border: 1px so\
lid #e0c060;\x0a   \
 padding: 4px 8p\
x;\x0a}\x0a\
\x00\x00\x01\x80\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a <path d=\x22M6 \
2 H14 L19 7 V22 \
H6 Z\x22 fill=\x22none\
\x22 stroke=\x22#1d5c8\
c\x22 stroke-width=\
\x222\x22 stroke-linej\
oin=\x22round\x22/>\x0a <\
path d=\x22M14 2 V7\
 H19\x22 fill=\x22none\
\x22 stroke=\x22#1d5c8\
c\x22 stroke-width=\
\x222\x22 stroke-linej\
oin=\x22round\x22/>\x0a <\
path d=\x22M9 12 H1\
6 M9 16 H16\x22 str\
oke=\x22#1d5c8c\x22 st\
roke-width=\x222\x22 s\
troke-linecap=\x22r\
ound\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x9b\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a <rect x=\x223\x22 \
y=\x225\x22 width=\x2218\x22\
 height=\x2216\x22 rx=\
\x222\x22 fill=\x22none\x22 \
stroke=\x22#1d5c8c\x22\
 stroke-width=\x222\
\x22/>\x0a <path d=\x22M3\
 10 H21 M8 3 V7 \
M16 3 V7\x22 stroke\
=\x22#1d5c8c\x22 strok\
e-width=\x222\x22 stro\
ke-linecap=\x22roun\
d\x22/>\x0a <path d=\x22M\
8 15 L11 18 L16 \
13\x22 fill=\x22none\x22 \
stroke=\x22#2e8b57\x22\
 stroke-width=\x222\
\x22 stroke-linecap\
=\x22round\x22 stroke-\
linejoin=\x22round\x22\
/>\x0a</svg>\x0a\
\x00\x00\x01\x1f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a <rect x=\x223\x22 \
y=\x223\x22 width=\x2218\x22\
 height=\x2218\x22 rx=\
\x222\x22 fill=\x22none\x22 \
stroke=\x22#1d5c8c\x22\
 stroke-width=\x222\
\x22/>\x0a <path d=\x22M7\
 8 H17 M7 12 H17\
 M7 16 H13\x22 stro\
ke=\x22#1d5c8c\x22 str\
oke-width=\x222\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a</svg>\x0a\
\x00\x00\x01F\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a <path d=\x22M32\
 4 L56 12 V30 C5\
6 45 45 55 32 60\
 C19 55 8 45 8 3\
0 V12 Z\x22 fill=\x22#\
1d5c8c\x22 stroke=\x22\
#0f3b5c\x22 stroke-\
width=\x222\x22/>\x0a <pa\
th d=\x22M32 17 L35\
.5 27.5 H46.5 L3\
7.5 34 L41 44.5 \
L32 38 L23 44.5 \
L26.5 34 L17.5 2\
7.5 H28.5 Z\x22 fil\
l=\x22#f5c518\x22/>\x0a</\
svg>\x0a\
\x00\x00\x016\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a <path d=\x22M3 \
11 L12 3 L21 11\x22\
 fill=\x22none\x22 str\
oke=\x22#1d5c8c\x22 st\
roke-width=\x222\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a <path \
d=\x22M5 10 V21 H10\
 V15 H14 V21 H19\
 V10\x22 fill=\x22none\
\x22 stroke=\x22#1d5c8\
c\x22 stroke-width=\
\x222\x22 stroke-linej\
oin=\x22round\x22/>\x0a</\
svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x0d\
\x0fN\xbe'\
\x00t\
\x00e\x00m\x00p\x00l\x00a\x00t\x00e\x00s\x00.\x00s\x00v\x00g\
\x00\x0c\
\x03:\xae\xe7\
\x00t\
\x00r\x00a\x00c\x00k\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x08\
\x02\x81T'\
\x00p\
\x00l\x00a\x00n\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x08\
\x068W'\
\x00h\
\x00o\x00m\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x03\
\x00\x00\x00f\x00\x00\x00\x00\x00\x01\x00\x00\x08\xdd\
\x00\x00\x00H\x00\x00\x00\x00\x00\x01\x00\x00\x07>\
\x00\x00\x00\x90\x00\x00\x00\x00\x00\x01\x00\x00\x0bJ\
\x00\x00\x00|\x00\x00\x00\x00\x00\x01\x00\x00\x0a\x00\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x05\xba\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
