"""The line patterns of page furniture (:mod:`sitroom.repair.furniture`): agencies and
photo words of credits, caption openings, bylines, dates and datelines, share, related and
player text. Each is a form a news page gives its furniture, never a topic."""

from __future__ import annotations

import re

AGENCIES = (
    r"Reuters|REUTERS|AFP|AP|Associated Press|EPA|EPA-EFE|Getty(?: Images)?|Xinhua|AAP|ANI|"
    r"PTI|IANS|UPI|dpa|DPA|Anadolu(?: Agency)?|Sputnik|TASS|Bloomberg|Shutterstock|"
    r"Alamy|WANA|SPA|WAM|APA|NurPhoto|Sipa|SOPA Images|Pool|File|X|Twitter|Handout|"
    r"Supplied|YouTube|Facebook|Instagram|Telegram"
)
PHOTO_WORD = r"(?:Photo(?:graph)?s?|Image|Picture|Pic|Video|Footage|Cover photo|File photo|Credit)"
# "Photo: AFP", "Photograph: Ronen Zvulun/Reuters", "Photo courtesy X/EPA", "(Image: Getty)",
# "(Credit: AFP)", "REUTERS/Amir Cohen", "/ Reuters", "(EPA Images pic)", "File Photo"
CREDIT = re.compile(
    rf"(?:\(?\b{PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|by)?\s*:?\s+[^()\n]{{1,80}}\)?"
    rf"|\b(?:{AGENCIES})/ ?[A-Z][\w.' -]{{1,60}}"
    rf"|/\s*(?:{AGENCIES})\b[^\n]{{0,40}}"
    rf"|\((?:{AGENCIES})(?: Images?)?(?: pic| photo)?\)"
    # the agency or outlet and the photographer in brackets: "(AFP: Jane Roe)", "(Example
    # News: Jane Roe)"
    rf"|\((?:{AGENCIES}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? News)(?: [Pp]hotos?)?: "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)"
    rf"|\((?:{AGENCIES}) (?:Photos?|Images?|Video)(?:/[^)\n]{{1,60}})?\)"
    rf"|\bFile [Pp]hoto\b\.?|\bTPX IMAGES? OF THE DAY\b|\bvia Getty Images\)?"
    r"|\([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:photo|pic|image)s?\)"
    r"|(?<=[.)])\s+[A-Z]{2,}[A-Z'’-]*(?: [A-Z]{2,}[A-Z'’-]*){1,3}"
    r"|\s[—–-]\s*[A-Z]{2,}(?: [A-Z]{2,}){1,3}\s*/\s*(?:The )?[A-Z]\w+(?: [A-Z]\w+){0,2}"
    # a credit the page opened and left empty at the caption's end ("... oil company. (Photo:")
    rf"|\(\s*{PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|by)?\s*:)\s*$"
)
CREDIT_LINE = re.compile(
    # ("Photo/Example News/file": the source after a slash)
    rf"^\W*(?:{PHOTO_WORD}\s*(?:courtesy(?: of)?|credit|source)?\s*[:,]|{PHOTO_WORD}/\S|"
    rf"\|\s*{PHOTO_WORD}|"
    rf"(?:{AGENCIES})\s*(?:/|$)|(?:{AGENCIES})\s+(?:file\s+)?{PHOTO_WORD}\W*$|"
    r"\(?(?:Image|Photo|Credit)s?\s*:|Credit(?:\.\.\.|…)|Courtesy(?: of)?\s*:|"
    r"(?:Original )?Sources?\s*:|(?:With )?(?:Agenc(?:y|ies)|Wires?)(?: inputs?| reports?)?\W*$)",
    re.IGNORECASE,
)
CAPTION_START = re.compile(
    r"^(?:IMAGE|PHOTO|FILE PHOTO|FILE|PICTURE|VIDEO|WATCH|LISTEN)\s*[:—–|/-]"
    r"|^(?:Image|Media|Photo|Picture|Video) caption\s*[,:]"
    r"|^In this (?:\w+ )*(?:photo|image|picture)"
    # the wire formula with the photo's date: "In this March 9, 2020, file photo, ..."
    r"|^In this [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? (?:\w+ )?(?:photo|image|picture)\b"
    # a wire photo's formula: "A general view of ...", "This handout picture ... shows ..."
    r"|^(?:A|An) (?:general |aerial |partial |wide |drone )?view (?:of|shows)\b"
    r"|^(?:A|An|This) (?:\w+ ){0,3}(?:photo(?:graph)?|picture|image|screen ?grab|screenshot)"
    r"\b[^.\"“”]{0,160}\bshows\b"
    # a stock or archive photo's label: "Illustrative image ...", "Representative picture"
    r"|^(?:Illustrative|Illustration|Representative|Representational|Archive|Handout|File)"
    r" (?:photo(?:graph)?|picture|image)\b",
    re.IGNORECASE,
)
BYLINE = re.compile(
    r"^(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?=By ))?"  # "Jane Roe By Jane Roe | ..."
    r"(?:By|BY|by|(?:Written|Reporting|Words|Story|Presented|Compiled|Edited|Translated|"
    r"Produced|Posted|Published|Authored|Reported|Filed|Contributed) by"
    # a writer's label with a colon: "Text: Jane Roe", "Words: Jane Roe", "Text and photos:"
    r"|(?:Text|Words)(?: (?:and|&) (?:photos?|pictures?|images?))?(?=\s*:))\s*:?\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ ,]+(?:and |& )?"
    r"[A-Z][\w.'’-]*){0,7})\s*(?:\([^()\n]{0,120}\))?"
    # the place the writer files from: "By Jane Roe in Honiara, Solomon Islands"
    r"\s*(?:[|,–—-].{0,60}|\s(?:on|at|via|for) .{1,40}|\sin [A-Z][^.!?]{1,45}"
    r"|\s\d{1,2}\b[^.!?]{3,30})?_*$"
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "Nov 7", "7 Nov", "6th August", "March 1st"
DAY_MONTH = rf"(?:{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a dateline set on a line of its own: "Kathmandu, July 13:", "NAIROBI, 4 May -", "Kathmandu:"
_PLACE = r"[A-Z][A-Za-zÀ-ÿ.'’-]+(?: [A-Z][A-Za-zÀ-ÿ.'’-]+){0,2}"
DATELINE_ALONE = re.compile(
    rf"(?P<place>{_PLACE})(?P<date>,\s*{DAY_MONTH}(?:,?\s*\d{{4}})?)?\s*[:–—-]"
)
DATE_TOKEN = re.compile(
    rf"\b(?:{MONTH}|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}|\d{{1,4}}(?::\d\d){{0,2}}|\d{{1,2}}[.:]\d\d\s?[ap]\.?m\.?|\d{{1,3}}[hmd]|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|[AP]\.?M\.?|am|pm|GMT|UTC|IST|CET|CEST|EST|EDT|CDT|"
    r"PST|BST|Last|modified|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Updated|Published|Posted|Last updated|at|on|hours?|mins?|minutes?|secs?|seconds?|"
    r"days?|weeks?|months?|years?|yesterday|today|ago)\b",
    re.IGNORECASE,
)
# the lower-case particles inside place names ("Dar es Salaam", "Rio de Janeiro")
_PARTICLE = r"(?:es|de|da|do|dos|das|del|di|al|el|la|le|sur|am|an|upon)"
# "KHARTOUM, Nov 7 (Reuters) -", "New Delhi, Jul 10:", "WASHINGTON :", "July 10 (UPI) --",
# "Geneva / Nairobi, 3 June 2025 –",
# "JERUSALEM, Israel –", "ISLAMABAD-"
DATELINE = re.compile(
    # the date may come first: "November 19, Colombo (LNW):"
    rf"^(?P<line>(?:{DAY_MONTH},\s+(?=[A-Z][A-Za-zÀ-ÿ.'’-]+(?: [A-Z][\w.'’-]+){{0,3}},? \())?"
    r"(?P<place>(?:[A-Z][A-Za-zÀ-ÿ.'’-]+)"
    # a place name's lower-case particle: "Dar es Salaam", "Rio de Janeiro"
    rf"(?:(?: |/| / )(?:{_PARTICLE} )?[A-Z][A-Za-zÀ-ÿ.'’-]+){{0,3}})?"
    r"(?:\s\([A-Z][A-Za-zÀ-ÿ .'’-]{1,30}\)(?=,))?"  # "Nairobi (Kenya), 12 March 2025 -"
    r"(?:,?\s*(?:[A-Z][A-Za-zÀ-ÿ.-]+(?: [A-Z][A-Za-zÀ-ÿ.-]+){0,2}))?"
    # an agency's code after the place: "KINGSTON, Jamaica, CMC –"
    r"(?:,\s*[A-Z]{2,6}(?=,?\s*[–—-]))?"
    r",?"  # a comma left before the dash: "Washington DC, USA, –"
    r"(?:\s*\[[A-Z][A-Za-z ]{1,30}\])?"
    # the date after a comma or between dashes ("Bissau, Guinea-Bissau – November 27, 2025 –")
    rf"(?:(?:,?\s*|\s+[–—-]\s+)(?:{WEEKDAY},?\s*)?{DAY_MONTH}(?:,?\s*\d{{4}})?)?"
    # the agency between slashes ("BUENOS AIRES, November 17. /TASS/.") or in brackets closed
    # by a comma ("Bogota, Colombia (AP), the minister ...")
    r"\s*(?:(?:\([A-Za-z][A-Za-z .&/-]{0,30}\))?\s*(?:--?|–|—|:)\s*|\([A-Z]{2,8}\)(?=[A-Z])"
    r"|\.?\s*/[A-Z][A-Za-z]{1,10}/\.?\s+|\([A-Z]{2,8}\),\s+"
    r"|(?<=\d{4})\.\s+(?=[A-Z])))"  # a full date closed by a stop: "Lima, May 2, 2025. The"
    r"(?=\S)"
)
SHARE = re.compile(
    r"^(?:Share(?: this| on| via| current article| article| story)?\b.*|Print|Email|Tweet|"
    r"Copy link|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Pinterest|Reddit|Follow us.*|"
    # share buttons run together, the page's spaces lost: "PostEmailWhatsapp"; "Follow"
    r"(?:(?:Post|Share|Email|Print|Tweet|Facebook|Twitter|Whats[Aa]pp|LinkedIn|Telegram|Reddit)"
    r"\s?){2,6}|Follow|"
    r"Subscribe\b.*|(?:Pin|Post|Send|Save) (?:it|this)(?: (?:on|to|via) \w+)?|"
    r"Sign up.*|(?:Tell|E-?mail|Send (?:this |it )?to) a friend|"
    r"Advertisement|ADVERTISEMENT|Sponsored|Comments?|Discussions?|Sharing is caring!?|"
    r"Listen to (?:this )?article.*|"
    r".*\bInvalid email\b.*|We use your sign-up.*|.*\bnewsletter\b.{0,60}|Click here.*|"
    r"Story continues below.*|Continue reading.*|Copyright \d{4}.*|©.*|All rights reserved.*|"
    # page controls and comment forms: "Skip to content", "Back to top", "Leave a Reply"
    r"Skip to (?:main )?(?:content|player|footer|navigation)\b.{0,60}|(?:Scroll|Back) to top|"
    r"(?:Leave|Post|Add|Give|Write) (?:a |your )?(?:comments?|reply|response)|"
    r"Please enter your (?:comment|name|e-?mail)\b.{0,30}|Submit a correction|"
    r"(?:Recent|Latest|Popular) (?:articles|posts|stories|news)|"
    r"(?:\(?Reporting by|Additional reporting by|Editing by|Writing by)\b.*|"
    r".*\bpic\.twitter\.com/\S+.*|Follow (?:\w+ )?(?:on|@).{0,60}|\d+ min(?:ute)?s? read|"
    # "Follow The Example Times on Google News", "Never miss a story: follow us on X"
    r"Follow (?:[\w'’&.-]+ ){1,5}on (?:Google News|X|Twitter|Facebook|Instagram|Telegram|"
    r"WhatsApp|YouTube|TikTok|LinkedIn|Threads)\b.{0,60}|"
    r"[^\"“”]{0,60}\b[Ff]ollow us\b[^\"“”]{0,80}|"
    r"(?:Tags|Topics|Filed under|Categories|Keywords|Labels|Tagged(?: with)?)\s*:.*|"
    r"Most (?:read|popular|viewed)\b.{0,40}|"
    r"Download (?:the|our) app.{0,120}|Join (?:our|us on) .{0,60}|Email the author.{0,40}|"
    r"This (?:story|article) (?:has been|was) (?:updated|corrected).{0,120}|"
    r"(?:The )?Associated Press (?:writers?|reporters?) .{0,120} contributed.{0,40}|_{3,}|"
    r"(?:Home|News)\s*(?:[>/»|]\s*[\w&' -]{1,30}){1,5}|"
    # contributor and contact notes, copyright, reprints, promotions
    r"[A-Z].{0,100}\bcontributed (?:additional )?"
    r"(?:reporting|to (?:this|the) (?:report|story))\b.{0,80}|"
    r"(?:Email|Contact|Reach|Write to) (?:the )?(?:author|writer|reporters?|[A-Z][\w.'’-]+"
    r"(?: [A-Z][\w.'’-]+){0,2}) (?:at|on|via) .{1,160}|Have a (?:news )?tip\b.{0,160}|"
    r"\S+@\w[\w-]*\.[\w.]+|(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*|"
    r"(?:Copyright|\(c\))\b.{0,100}|(?:Order )?Reprints?|Print (?:this )?(?:article|page|story)|"
    r"Like this (?:story|article)\?.{0,80})$",
    re.IGNORECASE,
)
RELATED = re.compile(
    r"^(?:Read (?:more|also|next)\b|Read the (?:full|whole|original) (?:article|story)\b|"
    r"Also read\b|More (?:to read|on this|from)\b|"
    # "Related: ...", "Related Articles", never "Related talks are ..."
    r"Related(?:\s*$|\s*[:|–—-]| (?:stories|articles|news|coverage|content|posts|links|"
    r"reading|topics|videos|items|reports|headlines)\b)|Next in \w+(?: \w+)?$|"
    r"(?:Others|People|Readers) (?:also )?(?:read|viewed|liked)\b|Similar (?:news|stories)\b|"
    r"Recommended\b|See also\b|Watch:|WATCH:|READ:|MORE:|ALSO READ\b|Trending\b|"
    r"You (?:may|might) (?:also )?(?:like|enjoy)\b|Also on [\w-]+\.\w+|"
    # a copied list of links: "list of 4 items- list 1 of 4Road out of ...", "- list 2 of 4..."
    r"(?:list of \d+ items\W*)?(?:-\s*)?list \d+ of \d+|"
    r".{8,160}\[(?:VIDEO|PICTURES|PHOTOS|PICS|INSIGHT|LIVE|POLL|REVEAL|LATEST)\]\W*$)",
    re.IGNORECASE,
)
PLAYER = re.compile(
    r"browser does not support|supports? HTML5 video|enable JavaScript|JavaScript is disabled|"
    r"video (?:player|is loading|unavailable)|Now playing|Skip Ad|Duration \d|"
    r"can ?not be played|^Play (?:Video|Audio)$|No media source currently available|"
    r"^(?:please wait|loading)\W*$|^\d{1,2}:\d\d(?:\s+\d{1,2}:\d\d(?::\d\d)?)+$",
    re.IGNORECASE,
)
TWEET_CREDIT = re.compile(r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s*[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
# A quotation with its attribution ('"...," the minister said'): body prose, not a caption.
QUOTE_ATTRIBUTION = re.compile(
    r"[\"“”][^\"“”]{8,}[\"“”].{0,80}\b(?:said|says|told|added|asked|wrote|stated)\b"
)
# Credits of the page's lead image, wherever they stand: the line before is not a caption.
LEAD_IMAGE = re.compile(r"^\W*(?:Cover|Top|Main|Featured|Header|Lead) (?:photo|image)", re.I)
BULLETS = ("•", "·", "▪", "●", "- ", "— ", "– ", "*")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A news desk or agency with its place (or places), standing for a byline: "Shafaq News –
# Damascus", "Example News – Geneva / Nairobi",
# "Daijiworld Media Network - Khartoum"; a reporter's place on a live page
DESK_BYLINE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,4}(?:News|Media(?: Network)?|Network|Bureau|Desk|Agency|"
    r"Service|Staff|Correspondent)\s*[-–—|]\s*"
    r"[A-Z][\w.'’-]*(?:(?:[ ,]+|\s*/\s*)[A-Z][\w.'’-]*){0,3}$"
    r"|^Reporting from \w[^.!?\n]{2,80}$"
    # a desk's role standing for the writer's name: "Staff Reporter :", "Our Correspondent"
    r"|^(?:(?:Staff|Special|Senior|Chief|Our|Own|Political|Diplomatic|Foreign|Sports) )?"
    r"(?:Reporter|Correspondent|Writer)s?\s*[:|–—-]?$"
)
# A blog's tag page heading: "Entries in News Conference (2)", "Posts tagged Iran (14)"
TAG_PAGE = re.compile(
    r"^(?:Entries|Posts|Articles|Stories) (?:in|tagged|about|on)\b.{1,60}\(\d+\)$"
)
# Where people stand in a photo: "(left)", "(right)", "(centre)", "(L)", "(R-L)"
PLACED_IN_PHOTO = re.compile(
    r"\((?:far )?(?:left|right|cent(?:re|er)|top|bottom|L|R|C|L-R|R-L|from left|from right)\)"
)
# The same set off by commas after a name: "Sanae Takaichi, center, bows ...", "Jane Roe,
# second left, and Sam Reed, right, arrive ..."
POSITION_IN_PHOTO = re.compile(
    r"[A-Z][\w.'’-]*\)?, (?:(?:second|third|fourth|far|front|back|top|bottom) )?"
    r"(?:left|right|cent(?:re|er)|front|rear|foreground|background)(?: row)?"
    r"(?: (?:in|at) (?:the )?(?:front|back|rear))?, (?=[a-z]|and |[A-Z])"
)
# a wire photo's caption ends on where it was taken, set off by a comma ("Demonstrators
# march, in Tripoli", "A man walks past a ruin, in Khan Younis, Gaza, March 3, 2025")
PLACE_AT_END = re.compile(
    r", in (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    r"(?:, (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}){0,2}"
    rf"(?:,? (?:on )?{DAY_MONTH}(?:,? \d{{4}})?)?\.?$"
)
# "Published Date: 08.05.2025 13:29 / Politics", "Updated: 2025-05-08": a labelled date
NUMERIC_DATE = re.compile(
    r"^(?:(?:Last )?(?:Published|Updated|Posted|Publish|Modified)(?: Date| on| at)?|Date)\s*:?\s*"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b.{0,40}$"
    # "This article was last updated on May 14, 2025"
    r"|^(?:This (?:article|story|post|page|report) (?:was |has been )?)?(?:last )?"
    rf"(?:updated|modified|published|posted)(?: on| at)?:?\s+(?:{WEEKDAY},?\s*)?"
    rf"{DAY_MONTH},?\s*\d{{4}}\b.{{0,20}}$",
    re.IGNORECASE,
)
# Datelines without a dash: a date and the agency in brackets ("Khartoum, Oct 29 (IANS)
# The ...", "Lima, Mar 8 (EFE).- The ..."), a news desk with a slash ("Example News/ On
# Friday ..."), and a photo credit run into a bracketed place ("J. Roe/Images(LIMA) --")
OTHER_DATELINE = re.compile(
    r"^(?P<line>(?P<place>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}),\s*"
    rf"{DAY_MONTH}(?:,?\s*\d{{4}})?\s*"
    r"\([A-Z][A-Za-z .&/-]{1,30}\)(?:\.?-|\.?\s*[–—])?)\s+(?=[A-Z])"
    r"|^(?P<desk>(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\s*/)\s+(?=[A-Z])"
    r"|^(?P<ndate>\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[–—-])\s+(?=[A-Z])"
    r"|^(?P<credit>[^\n]{0,160}?(?:/|\bPhoto Courtesy\b)[^\n]{0,100}?"
    r"\([A-Z][A-Z .'’-]{2,30}\)\s*(?:--?|–|—))\s*(?=\S)"
    # the source in capitals in brackets opening the paragraph: "(TRINIDAD EXPRESS) Police"
    r"|^(?P<source>\([A-Z][A-Z.&'’-]+(?: [A-Z][A-Z.&'’-]+){0,3}\)"
    # a syndicator's bracket naming the agency it carries, and that agency's own dateline:
    # "(FEEDCO- Example News Agency (ENA)) CAIRO, Oct 2 (ENA) -- The ..."
    r"|^\([A-Z][A-Za-z]{1,12}\s?[–—-]\s?[A-Z][^()\n]{0,50}(?:\([A-Z][A-Za-z]{1,10}\))?\)"
    r"(?:\s+[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2},\s*"
    rf"{DAY_MONTH}(?:,?\s*\d{{4}})?\s*(?:\([A-Z][A-Za-z .&/-]{{1,30}}\))?\s*(?:--?|–|—))?)"
    r"\s+(?=[A-Z])"
    # a place and a date with no mark after them ("Tripoli, May 14 Libya's government ...")
    r"|^(?P<bare>(?!(?:On|In|By|Since|Until|From|Last|Next|Early|Late)\b)"
    rf"[A-Z][A-Za-zÀ-ÿ.'’-]+(?: [A-Z][A-Za-zÀ-ÿ.'’-]+){{0,2}}, {DAY_MONTH})\s+(?=[A-Z])"
    # a site's topic label run into the first paragraph: "Nepal Gen Z Protest News: Protests
    # led by ...", "Election Live Updates: The"
    r"|^(?P<label>(?:[A-Z][\w'’-]*\s+){1,6}(?:News|Live(?: Updates?)?|Updates?|Highlights)\s*:)"
    r"\s+(?=[A-Z])"
)
# The note of an article's source ("(source: Reuters)", "Original Source: example.com"):
# the line above it is the article's last paragraph, not a caption
SOURCE_NOTE = re.compile(
    r"^\W*(?:(?:Original )?Sources?\s*:|Courtesy(?: of)?\s*:"
    r"|(?:With )?(?:Agenc(?:y|ies)|Wires?)(?: inputs?| reports?)?\W*$)",
    re.IGNORECASE,
)
# A wire story's staff credits run on at the end of its last paragraph: "... in 2022.
# Reporting by Jane Roe; Editing by Sam Reed"
_STAFF = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_STAFF_ROLE = (
    r"(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)(?: and (?:editing|writing))? by "
    rf"{_STAFF}(?:(?:, | and ){_STAFF})*"
)
CREDIT_TAIL = re.compile(
    rf"(?<=[.!?\"”] )\(?{_STAFF_ROLE}(?:(?:; |, | and )(?:{_STAFF_ROLE}|{_STAFF}))*\.?\)?$"
)

# The page's own controls and notes in words: comment counts and comment-form notes, a live
# page's sign-off, a transcript's note, an opinion page's "Published in ..." and "Like us on
# Facebook" lines, a blog's repost note ("From the Example News Agency (Dec 6): ...")
UI_LINE = re.compile(
    r"^(?:\d{1,5} (?:[Cc]omments?|[Rr]eplies|[Ss]hares|[Vv]iews)"
    r"|No (?:[Cc]omments?|[Rr]eplies)(?: yet)?\W*"
    r"|(?:Log ?in|Sign ?in|Register) to (?:join|comment|reply|post|leave|add)\b.{0,60}"
    r"|Be the first to (?:comment|reply|respond|share)\b.{0,60}"
    r"|.{0,80}\b[Cc]omments? (?:are|is|will be) (?:moderated|reviewed|closed)\b.{0,120}"
    r"|.{0,60}\b(?:[Cc]omments? FAQ|[Cc]omment [Pp]olicy|[Cc]ommunity [Gg]uidelines)\b.{0,40}"
    r"|(?:Note: )?Only (?:a )?(?:members?|subscribers?|registered users?)\b.{0,40}"
    r"\b(?:post|leave|add) (?:a )?comments?\b.{0,20}"
    r"|About (?:this|the) (?:transcript|article|story|video|podcast|author|writer|series)\b.{0,400}"
    r"|Source (?:link|URL)|More (?:details )?to follow\W*|Details to follow\W*"
    r"|(?:This is a )?(?:developing|breaking) story\b.{0,80}"
    r"|Your email address will not be published\b.{0,80}"
    # an op-ed's note on its writer, disclaimers, and the notes of syndicated copies: "The
    # writer is a former ...", "The post X appeared first on Y.", "(With inputs from PTI)",
    # "... auto-generated from a syndicated feed.)", "This article first appeared in X"
    r"|[*(]?The (?:writer|author|columnist)s? (?:is|are|was|were) .{3,300}"
    r"|\(?(?:Disclaimer|DISCLAIMER)\s*:.{0,400}"
    r"|\(?(?:The )?(?:views|opinions) expressed (?:in this (?:article|piece|column) )?are "
    r"(?:those of the (?:author|writer)|(?:the )?(?:author|writer)'?s?'? own|personal)\b.{0,200}"
    r"|(?:This (?:article|story|piece|report) )?(?:was )?(?:originally|first) (?:published|"
    r"appeared) (?:on|in|at|by) .{1,160}"
    r"|The post .{1,250} appeared first on .{1,100}"
    r"|\(?With (?:additional )?inputs? from .{1,80}"
    r"|\(?.{0,120}\bauto-generated from a syndicated feed\b.{0,80}"
    r"|Catch all the (?:[Ll]atest|[Bb]usiness|[Bb]reaking|[Pp]olitics) .{0,250}"
    r"|Reading time\W.{0,30}|\d+ min(?:ute)?s? (?:read|listen)"
    r"|Thank you for (?:following|reading|joining|staying)(?: along| with us| us| our)\b.{0,200}"
    r"|(?:First |Originally )?Published in (?:[Tt]he )?[A-Z][\w&.' -]{1,40}, .{0,40}\d{4}\.?"
    r"|(?:Like|Follow) .{0,60}\bon (?:Facebook|Twitter|X|Instagram|WhatsApp|Telegram)\b.{0,120}"
    rf"|From (?:the )?[A-Z][\w&.'’ -]{{2,60}} \({DAY_MONTH}"
    r"[^)]{0,12}\):.{0,200}"
    r"|\d{1,3}|[^\w\s]+(?:\s+[^\w\s]+)*|#\w+(?:\s+#\w+)*)$"
)
# A name with a place or an outlet in brackets standing alone: a letter's signature
# ("Jane Roe (Lahore)"), a byline ("Jane Roe (The Example Post) Jakarta")
NAME_IN_BRACKETS = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*\((?:The )?[A-Z][\w .'’-]{1,40}\)"
    r"(?: [A-Z][\w'’-]+){0,2}$"
)

# A line that speaks to the reader about the page itself: in the second person or as a
# command ("Share your thoughts ...", "Quickly share this news with your network", "Get the
# best experience ...", "Keep up with ... in the thread we created"), with a word of the
# page's controls; a quotation or an attribution ("..., the agency told voters") is prose
READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|you're|you've)\b|^(?:\w+ly )?(?:Share|Subscribe|Follow|Download|"
    r"Sign|Click|Tap|Get|Join|Keep up|Stay|Register|Log in|Support|Donate|Be sure|Don't miss|"
    r"Please|Never miss|Check out|Enjoy|Unlock|Gift)\b",
    re.IGNORECASE,
)
PAGE_WORD = re.compile(
    r"\b(?:shar(?:e|ing)|(?:un)?subscri\w*|newsletters?|mailing lists?|e-?mails?|apps?|"
    r"feedback|website|click(?:ing)?|tap|discussion|conversation|"
    r"download|sign(?:-| )?(?:in|up)|log(?:-| )?in|notifications?|alerts?|channel|thread|"
    r"comments?|inbox|premium|ad-free|browser|cookies?)\b",
    re.IGNORECASE,
)
ATTRIBUTED = re.compile(
    r"[\"“”]|\b(?:say|said|says|saying|told|tells|according|urged|asked|warned|claimed)\b"
)
# A page's note that a machine wrote, translated or summarised it
MACHINE_NOTE = re.compile(
    r"\b(?:automatically|machine|AI)[- ](?:generated|translated|summari[sz]ed)\b"
    r"|\bgenerated by (?:the )?AI\b",
    re.IGNORECASE,
)

# A page's own promotion: a short command to the reader that ends in "!" ("Support The X!",
# "Book your day tours right here!", "Show Me More!"); news prose gives no commands, and a
# quotation is set in marks
PROMOTION = re.compile(
    r"^(?:Support|Book|Buy|Get|Go|Show|Read|Watch|Listen|Donate|Subscribe|Join|Follow|Sign|"
    r"Download|Try|Shop|Grab|Order|Discover|Explore|Check|Visit|Find|See|Learn|Click|Tap|"
    r"Share|Like|Become|Give|Send|Stay|Keep|Help|Don't|Never)\b[^\"“”‘’]{0,120}!$"
)

# a line of a page's script: a declaration, a function, an arrow, a call on the page's
# objects ("const id = new URLSearchParams(window.location.search)", "(function () {")
CODE_LINE = re.compile(
    r"^(?:const|let|var)\s+\w+\s*=|\bfunction\s*\(|=>\s*[{(]?\s*$|"
    r"\b(?:document|window)\.\w+[.(]|^[})\]]+[;,)]*$|\)\s*\{$"
)

# The label of a summary box a page sets over its points or its first paragraph ("Key
# highlights", "What's the story", "At a glance", "Why it matters"): a heading, never the
# headline
BOX_LABEL = re.compile(
    r"^(?:(?:key|main|story) (?:highlights|points|takeaways|facts)|highlights|takeaways|"
    r"what['’]?s the story|what we know(?: so far)?|what you need to know|why it matters|"
    r"the big picture|at a glance|in brief|in short|quick read|catch up quickly)\s*:?\s*$",
    re.IGNORECASE,
)
