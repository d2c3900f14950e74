"""Quotes stage: direct and reported speech, speakers through coreference."""

from __future__ import annotations

from marsad.analyze.doc import Doc, Entity
from marsad.analyze.quotes import Quotes, match_cues
from marsad.arabic.tokenize import tokenize
from marsad.model import Article
from marsad.pipeline_run import analyze_record


def make_doc(text: str, actors: dict[str, tuple[str, str]]) -> Doc:
    doc = Doc.from_article(Article(text))
    ents = []
    for surface, (typ, eid) in actors.items():
        k = text.find(surface)
        while k >= 0:
            ents.append(Entity(surface, k, k + len(surface), typ, id=eid, name=surface))
            k = text.find(surface, k + len(surface))
    doc.entities = sorted(ents, key=lambda e: e.start)
    return Quotes()(doc)


def by_cue(doc: Doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for q in doc.quotes:
        out.setdefault(q.cue, []).append(q)
    return out



def _speakers(text: str) -> list[str]:
    """The speakers of an article's quotes, through the whole default pipeline."""
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article(body=text, id="t", published="2025-01-01"))
    return [(q["speaker"] or {}).get("text") for q in rec["quotes"]]


def _record(text: str) -> dict:
    """The analysis record of one article, through the whole default pipeline."""
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    return analyze_record(Article(text))

def test_quotes_direct_after_colon_with_explicit_speaker():
    doc = make_doc("وقال لافروف في حوار تلفزيوني: «نحن مستعدون للحوار مع جميع الأطراف».",
                   {"لافروف": ("PER", "Q_lavrov")})
    (q,) = doc.quotes
    assert q.direct and q.speaker["id"] == "Q_lavrov"
    assert q.text == "نحن مستعدون للحوار مع جميع الأطراف"
    assert doc.text[q.start:q.end] == q.text


def test_quotes_indirect_after_complementizer():
    doc = make_doc("وأكد وزير الخارجية الأردني أن المحادثات ستستأنف الأسبوع المقبل.",
                   {"وزير الخارجية الأردني": ("PER", "Q_jomfa")})
    (q,) = doc.quotes
    assert not q.direct
    assert q.speaker["id"] == "Q_jomfa"
    assert q.text.startswith("المحادثات ستستأنف")


def test_quotes_dropped_subject_carries_over_and_ministry_resolves():
    text = ("اتهمت وزارة الدفاع الروسية التحالف الدولي بقصف المدنيين. "
            "وأصدرت الوزارة، أمس، بياناً. وقالت إن التحالف تمكن مؤخراً من تحقيق إنجاز وحيد، "
            "وأضافت أن ذلك الإنجاز هو تدمير الرقة.")
    doc = make_doc(text, {"وزارة الدفاع الروسية": ("ORG", "Q_rusmod"),
                          "التحالف الدولي": ("ORG", "Q_coal"), "الرقة": ("LOC", "Q_raqqa")})
    quotes = by_cue(doc)
    assert quotes["وقالت"][0].speaker["id"] == "Q_rusmod"
    assert quotes["وأضافت"][0].speaker["id"] == "Q_rusmod"


def test_quotes_speaker_from_ala_lisan():
    text = ("وحذرت الوزارة من التفاؤل، حين قالت، على لسان المتحدث الرسمي إيغر كوناشينكوف، "
            "إن «النجاح الفعلي مسألة تعتمد على فهم التحالف الدولي».")
    doc = make_doc(text, {"إيغر كوناشينكوف": ("PER", "Q_konashenkov")})
    q = by_cue(doc)["قالت"][0]
    assert q.speaker["id"] == "Q_konashenkov"
    assert q.direct and q.text.startswith("النجاح الفعلي")


def test_quotes_guillemets_around_names_are_not_quotes():
    doc = make_doc("وشارك مقاتلون من «داعش» و«النصرة» في المعارك، وأشادت الوزارة بـ«إنجازات» الجيش.", {})
    assert all("داعش" != q.text and "إنجازات" != q.text for q in doc.quotes)
    assert not any(q.direct for q in doc.quotes)


def test_quotes_noun_phrase_objects_of_act_cues_are_not_quotes():
    text = ("ونفت وزارة الدفاع الأرمينية هذه الاتهامات جملة وتفصيلاً. ودعت الخارجية الصينية البلدين "
            "إلى ضبط النفس. ونفت الوزارة أن تكون قواتها أطلقت النار.")
    doc = make_doc(text, {"وزارة الدفاع الأرمينية": ("ORG", "Q_armmod")})
    assert [q.text for q in doc.quotes] == ["تكون قواتها أطلقت النار."]


def test_quotes_unknown_noun_phrase_and_quoted_name__speakers():
    text = ("وقالت هيئة الدفاع عن المكي في مؤتمر صحافي إن موكلها يلاحق بسبب آرائه. "
            "واتهمت «تنسيقية احتجاجات البصرة» في بيان فصائل مسلحة بتصفية الناشطين، وقالت إن الحكومة عاجزة.")
    speakers = [(q.speaker or {}).get("text") for q in make_doc(text, {}).quotes]
    assert speakers == ["هيئة الدفاع عن المكي", "تنسيقية احتجاجات البصرة"]


def test_quotes_statement_relayed_by_an_agency_keeps_its_speaker():
    text = ("وقال وزير الخارجية السعودي فيصل بن فرحان، في بيان نقلته وكالة الأنباء السعودية «واس»، "
            "إن الوثيقة «خطوة أولى يجب أن تتبعها هدنة شاملة».")
    doc = make_doc(text, {"فيصل بن فرحان": ("PER", "Q_faisal")})
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker["id"] == "Q_faisal"
    assert "خطوة أولى" in doc.quotes[0].text


def test_quotes_feminine_plural_and_prefixed_cues_match():
    cues = [tokenize(w)[0].text for w in ("وقالت", "وأضافت", "ورأت", "فأكدوا", "يقولون", "وتقول")]
    for w in cues:
        assert match_cues(tokenize(w)), w
    assert not match_cues(tokenize("القائل"))


def test_quotes_speaker_before_verb_and_relative_clause():
    text = "غير أن موسكو نفت أن تكون قصفت تلك المواقع. وتصريحات لودريان، الذي قال إن روسيا تأخرت."
    doc = make_doc(text, {"موسكو": ("GPE", "Q_moscow"), "لودريان": ("PER", "Q_ledrian"),
                          "روسيا": ("GPE", "Q_russia")})
    quotes = by_cue(doc)
    assert quotes["نفت"][0].speaker["id"] == "Q_moscow"
    assert quotes["قال"][0].speaker["id"] == "Q_ledrian"


def test_quotes_seed_article_has_konashenkov_and_le_drian(seed_path):
    from marsad.model import Article

    body = seed_path.read_text("utf-8").split("\nموسكو تتهم")[0]
    doc = Quotes()(Doc.from_article(Article(body)))
    speakers = [(q.speaker or {}).get("text") or "" for q in doc.quotes]
    assert any("كوناشينكوف" in s for s in speakers)
    assert any("وزير الخارجية الفرنسي" in s for s in speakers)
    for q in doc.quotes:
        assert body[q.start:q.end] == q.text


def test_the_actor_after_a_call_verb_is_the_addressee_not_the_speaker():
    doc = make_doc("وانتقد بلينكن إيران، ودعا مجلس الأمن الدولي إلى أن يفرض عقوبات جديدة على طهران.",
                   {"بلينكن": ("PER", "Q_blinken"), "إيران": ("GPE", "Q_iran"),
                    "مجلس الأمن الدولي": ("ORG", "Q_unsc")})
    call = by_cue(doc)["ودعا"][0]
    assert call.speaker is not None and call.speaker["id"] == "Q_blinken"


def test_accusation_quote_keeps_the_previous_speaker():
    rec = _record(
        "وقال المتحدث باسم الجيش الوطني العقيد الركن سامر الحلبي إن الغارات قتلت مدنيين. "
        "واتهم التحالف الدولي بارتكاب «مجزرة مكتملة الأركان».")
    q = next(q for q in rec["quotes"] if "مجزرة" in q["text"])
    assert q["speaker"]["text"] == "سامر الحلبي"


def test_envoy_posted_to_a_country_is_the_speaker():
    rec = _record(
        "قال المبعوث الأممي الخاص إلى ليبيا غسان سلامة إن «الحوار هو الطريق الوحيد».")
    assert rec["quotes"][0]["speaker"]["text"] == "غسان سلامة"


def test_bare_title_anaphor_takes_the_latest_holder():
    rec = _record(
        "والتقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري. "
        "وقال وزير الخارجية العراقي فؤاد حسين إن التنسيق مستمر. "
        "وأشار الوزير إلى أن الاجتماع المقبل سيعقد في بغداد.")
    q = next(q for q in rec["quotes"] if "الاجتماع المقبل" in q["text"])
    assert q["speaker"]["text"] == "فؤاد حسين"


def test_participle_clause_is_its_own_quote_spoken_by_the_subject():
    rec = _record(
        "أعلنت جماعة الحوثيين أنها استهدفت ناقلة نفط في البحر الأحمر بصواريخ بحرية، مؤكدة أن "
        "السفينة «تابعة لشركة تتعامل مع الموانئ الإسرائيلية».")
    texts = {q["text"]: (q["speaker"] or {}).get("text") for q in rec["quotes"]}
    tanker = next(t for t in texts if "استهدفت ناقلة" in t)
    assert "تابعة لشركة" not in tanker and "بحرية" not in (texts[tanker] or "")
    owner = next(t for t in texts if "تابعة لشركة" in t)
    assert texts[owner] == texts[tanker] and "الحوثيين" in texts[owner]


def test_parenthetical_statement_details_do_not_hide_the_content():
    rec = _record(
        "وقال المجلس العسكري الحاكم، في بيان تلاه المتحدث باسم الحكومة العقيد موسى كوليبالي عبر "
        "التلفزيون الرسمي، إن القوات المسلحة «تصدت للمهاجمين وكبدتهم خسائر فادحة».")
    assert any("تصدت للمهاجمين" in q["text"] for q in rec["quotes"])


def test_a_known_name_in_guillemets_after_an_accusation_is_no_quote():
    rec = _record(
        "واتهمت واشنطن القوات الروسية بقصف مواقع مجموعات معارضة، بما في ذلك «قوات سوريا الديمقراطية».")
    assert not [q for q in rec["quotes"] if q["text"].strip("«»") == "قوات سوريا الديمقراطية"]


def test_speakers_behind_member_titles_relative_clauses_and_noun_cues():
    assert _speakers("نفى القيادي في حماس موسى أبو مرزوق ما نقلته صحيفة «يسرائيل هيوم» عن الاتفاق، وقال إن "
                    "التقرير «مختلق بالكامل»، مشدداً على أن «السلاح ليس مطروحاً للنقاش».") == ["موسى أبو مرزوق"] * 2
    assert _speakers("وقال عضو اللجنة المركزية لحركة فتح عزام الأحمد إن الإعلان «يطوي صفحة سوداء».") == ["عزام الأحمد"]
    assert _speakers("وسارعت حكومة الإقليم إلى إدانة الحكم، واعتبرت في بيان أن المحكمة «تجاوزت صلاحياتها».") \
        == ["حكومة الإقليم"]
    assert _speakers("وقال رئيس الوزراء الإثيوبي آبي أحمد إن الملء اكتمل. إذ قال أمام البرلمان إن السد «سيعمل "
                    "قريباً».")[-1] != "أمام البرلمان"
    assert "ذلك" not in _speakers("وأعلنت وزارة النفط العراقية أن الخسائر كبيرة. غير أن الوزارة الكردية نفت "
                                 "ذلك، مؤكدة أنها «قدمت كل الوثائق».")


def test_speakers_behind_lam_quoted_bodies_acronyms_descriptors_and_a_dateline():
    assert _speakers("حذر نائب الأمين العام لـ«حزب الله» الشيخ نعيم قاسم من أن «المقاومة لن تقف مكتوفة "
                    "الأيدي».") == ["نعيم قاسم"]
    assert _speakers("وفي الشمال الشرقي، حذر القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي من أن أي "
                    "تفاهم «سيكون على حساب الكرد».") == ["مظلوم عبدي"]
    assert _speakers("واعتبر الباحث في الشؤون التركية عمر كوسه أوغلو أن أنقرة «تحتاج إلى إنجاز ملموس».") \
        == ["عمر كوسه أوغلو"]
    assert _speakers("أنقرة - دمشق: فتح الرئيس التركي رجب طيب أردوغان الباب أمام لقاء مع الأسد، إذ قال "
                    "للصحافيين إنه «مستعد لاستقبال الأسد».") == ["رجب طيب أردوغان"]
    assert "عناصر الشرطة" not in " ".join(s or "" for s in _speakers(
        "وقالت منظمة «هنغاو» إن الشابة «تعرضت للضرب»، متهمة عناصر الشرطة بمحاولة إخفاء آثار التعذيب، "
        "وأشارت إلى أن قوات الأمن أطلقت الغاز."))


def test_speakers_behind_long_title_runs_with_bodies_and_ranks_inside():
    assert _speakers("اتهم النائب عن كتلة حزب جبهة العمل الإسلامي أحمد الخصاونة الحكومة بـ«تحميل المواطن "
                    "فاتورة الفشل».") == ["أحمد الخصاونة"]
    assert _speakers("ودعا المنسق المقيم للأمم المتحدة في سوريا بالإنابة ماركو سيلفستري جميع الأطراف إلى "
                    "«احترام القانون الإنساني».") == ["ماركو سيلفستري"]
    assert _speakers("دعا مفوض الشؤون السياسية والسلم والأمن في الاتحاد الأفريقي جوزيف أوكيلو الدول الثلاث "
                    "إلى «استئناف المفاوضات فوراً».") == ["جوزيف أوكيلو"]
    assert _speakers("وقال نائب وزير الدفاع الروسي الفريق أول نيكولاي ستيبانوف إن بلاده «ستقف إلى جانب "
                    "شعوب الساحل».") == ["نيكولاي ستيبانوف"]
    # a masdar with ب ends the run: the person after it is the object, not the speaker
    assert "مازن درويش" not in _speakers("وطالب الأمين العام الحكومة السورية بالإفراج عن الناشط مازن درويش، "
                                        "وقال إن «اعتقاله تعسفي».")


def test_a_relative_clause_verb_speaks_for_the_noun_before_the_pronoun():
    assert _speakers("وفي الرياض، التقى لارسن رئيس مجلس القيادة الرئاسي اليمني، الذي اتهم الحوثيين "
                     "بـ«استغلال التهدئة لحشد المقاتلين وتهديد الملاحة».") == ["رئيس مجلس القيادة الرئاسي اليمني"]
    assert _speakers("وقال وكيل وزارة الخارجية السعودية للشؤون السياسية فهد العتيبي إن المملكة "
                     "«ستواصل جهودها مع الأشقاء».") == ["فهد العتيبي"]
    assert _speakers("وقال آمر اللواء العقيد منصور الورفلي في تسجيل مصور إن قواته «ردت على اعتداء "
                     "غادر».") == ["منصور الورفلي"]


def test_a_plural_cue_speaks_for_the_counted_group_of_its_sentence():
    assert _speakers("وفي السليمانية، نظم مئات من موظفي الإقليم والمعلمين وقفة احتجاجية أمام مبنى "
                     "المحافظة، وطالبوا الحكومتين بـ«إبعاد قوت المواطنين عن الصراعات السياسية».") \
        == ["مئات من موظفي الإقليم"]


def test_a_title_with_a_state_adjective_points_back_only_to_that_states_person():
    rec = _record("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة نظيره الصومالي. "
                  "من جهته، أعلن الرئيس الصومالي أن القوات المصرية «ستشارك في بعثة حفظ السلام».")
    speakers = {(q["speaker"] or {}).get("text") for q in rec["quotes"]}
    assert "عبد الفتاح السيسي" not in speakers and "الرئيس الصومالي" in speakers


def test_but_he_said_is_said_by_the_clause_subject_before():
    rec = _record("فقد رحب القائد العام لـ«قوات سوريا الديمقراطية» مظلوم عبدي بإعلان الحل، لكنه "
                  "أكد في تصريح أن القرار «يخص حزب العمال الكردستاني وحده».")
    said = [q for q in rec["quotes"] if q["cue"] == "أكد"]
    assert said and said[0]["speaker"]["text"] == "مظلوم عبدي"
    rec = _record("وفي واشنطن، رحب متحدث باسم وزارة الخارجية الأميركية بالتقارب بين الرياض "
                  "وطهران، لكنه شدد على أن الولايات المتحدة «لن تتردد في المحاسبة».")
    assert all((q["speaker"] or {}).get("text") != "طهران" for q in rec["quotes"])


def test_a_speaker_title_holding_a_quoted_body_and_a_medium_aside():
    rec = _record("وفي أول رد فعل، قال مستشار قائد «الدعم السريع» الباشا طبيق في منشور على منصة "
                  "«إكس» إن الضربة استهدفت «مواقع عسكرية تستخدم لاستقبال شحنات السلاح».")
    said = [q for q in rec["quotes"] if q["cue"] == "قال"]
    assert said and "الباشا طبيق" in said[0]["speaker"]["text"]


def test_an_official_spokesman_title_and_an_accused_in_guillemets():
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("في المقابل، نفت جماعة الإخوان المسلمين أي صلة لها بالمتهمين، وقال المتحدث الإعلامي "
                                 "باسمها حسام الدين يوسف في بيان إن الجماعة «لم ولن تتورط في أي عمل عنيف».",
                                 published="2024-05-02"))
    assert [q["speaker"]["text"] for q in rec["quotes"]] == ["حسام الدين يوسف"]
    rec = analyze_record(Article("في المقابل، اعتبر المتحدث باسم التيار الوطني الشيعي مهند الزيدي أن ما جرى «انقلاب»، "
                                 "واتهم قوى «الإطار التنسيقي» بـ«تمرير القانون في جنح الظلام».", published="2024-05-02"))
    assert {q["speaker"]["text"] for q in rec["quotes"]} == {"مهند الزيدي"}


def test_written_said_while_and_urged_are_cues():
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("وفي صنعاء، رفض القيادي في الجماعة عبد الكريم الوشاح الإدانة، وكتب في تغريدة على منصة "
                                 "«إكس» أن واشنطن «آخر من يحق له الحديث عن السلام».", published="2024-05-02"))
    assert [(q["speaker"]["text"], q["cue"]) for q in rec["quotes"]] == [("عبد الكريم الوشاح", "وكتب")]
    rec = analyze_record(Article("ورد النائب عمرو الشريف على بيان الجماعة، قائلاً في تصريحات متلفزة إن «الإخوان اعتادوا "
                                 "الإنكار».", published="2024-05-02"))
    assert [q["speaker"]["text"] for q in rec["quotes"]] == ["عمرو الشريف"]


def test_unknown_body_with_a_long_name_accuses_the_object_after_it():
    # an advocacy group («للدفاع عن») is no army, and its long name ends where the accused begins
    rec = _record("واتهمت الرابطة الليبية للدفاع عن حقوق السجناء قوات الأمن بـ«تعذيب الموقوفين داخل مراكز الاحتجاز المؤقتة»، "
                  "وطالبت النيابة العامة بفتح تحقيق.")
    assert [q["speaker"]["text"] for q in rec["quotes"]][:1] == ["الرابطة الليبية للدفاع عن حقوق السجناء"]
    accusation = next(e for e in rec["events"] if e["cameo"] == "112")
    assert accusation["source"]["text"] == "الرابطة الليبية للدفاع عن حقوق السجناء"
    assert accusation["target"]["text"] == "قوات الأمن"
    assert not any((e["target"] or {}).get("text", "").endswith("الدفاع") for e in rec["events"])


def test_body_named_before_addresses_the_definite_noun_after_it():
    rec = _record("ودانت منظمة العفو الدولية اعتقال الصحافيين في الكويت. وطالبت المنظمة السلطات بأن "
                  "«تفرج فوراً ومن دون شروط عن جميع الصحافيين المحتجزين».")
    assert [q["speaker"]["text"] for q in rec["quotes"]] == ["المنظمة"]
    demand = next(e for e in rec["events"] if e["cameo"].startswith("10"))
    assert demand["target"]["text"] == "السلطات"


def test_states_called_on_together_are_addressees_not_the_speaker():
    rec = _record("وأعلن المتحدث باسم الخارجية الصينية لي وي أن بكين «مستعدة للوساطة بين البلدين». "
                  "وفي تصريح لاحق، أكد لي وي موقف بلاده، ودعا نيودلهي وإسلام آباد إلى «حل الخلافات عبر "
                  "الحوار والتشاور المباشر».")
    speakers = {q["speaker"]["text"] for q in rec["quotes"] if q["speaker"]}
    assert "نيودلهي" not in speakers


def test_quote_opening_the_sentence_before_its_cue():
    rec = _record("عمّان: «لا يمكن أن يبقى الحل السياسي معلقاً إلى ما لا نهاية»، قال وزير الخارجية الأردني "
                  "أيمن الصفدي، اليوم الإثنين، لدى افتتاحه اجتماعاً وزارياً.")
    quote = next(q for q in rec["quotes"] if q["cue"] == "قال")
    assert quote["text"] == "لا يمكن أن يبقى الحل السياسي معلقاً إلى ما لا نهاية"
    assert quote["direct"] is True and quote["speaker"]["text"] == "أيمن الصفدي"
    # a participle after a quote told in the sentence does not take it as its own
    rec = _record("وعرض رئيس الوزراء خرائط للحدود، قائلاً إن «المهربين عبروا الحدود مرات عدة هذا الشهر»، "
                  "ومتهماً الجارة الشمالية بالتقصير.")
    assert not any(q["cue"] == "ومتهماً" and "المهربين" in q["text"] for q in rec["quotes"])


def test_name_past_the_complementizer_is_what_is_said_not_who_says_it():
    rec = _record("وتحدث رئيس الوزراء في مؤتمر صحافي، قائلاً إن «حماس تلقت الأسلحة عبر أنفاق تحت الحدود».")
    quote = next(q for q in rec["quotes"] if q["cue"] == "قائلاً")
    assert "تلقت الأسلحة" in quote["text"]
    assert quote["speaker"]["text"] == "رئيس الوزراء"


def test_describing_verb_carrying_its_object_is_a_cue():
    rec = _record("ورحبت الحكومة اللبنانية بالقرار ووصفته بأنه «خطوة تاريخية مهمة نحو استعادة السيادة».")
    quote = next(q for q in rec["quotes"] if q["cue"] == "ووصفته")
    assert "خطوة تاريخية مهمة" in quote["text"] and quote["speaker"]["text"] == "الحكومة اللبنانية"


def test_as_clause_speaker_is_the_sentences_first_actor():
    rec = _record("وقال رئيس المفوضية موسى فكي إن الحوار هو الطريق الوحيد. ويأتي ذلك بعد أيام من إعلان "
                  "رئيس الوزراء الإثيوبي آبي أحمد اكتمال الملء، إذ قال أمام البرلمان إن السد «سيبدأ قريباً "
                  "تشغيل توربيناته كافة».")
    quote = next(q for q in rec["quotes"] if "توربيناته" in q["text"])
    assert quote["speaker"]["text"] == "آبي أحمد"


def test_a_preposition_before_a_cue_word_makes_it_a_noun():
    # «بحذر» is caution, not the verb «حذر»: the clause's speaker is the one after «قال»
    text = ("أما المعارضة السودانية فاستقبلت القرار بحذر شديد، إذ قال رئيس حزب الأمة مبارك الفاضل إن "
            "الحكومة «لم تستشر أحداً في صياغته».")
    assert _speakers(text) == ["مبارك الفاضل"]


def test_the_two_letter_cue_hath_urges():
    text = "وفي برلين، حث وزير الخارجية الألماني الطرفين على «العودة إلى طاولة المفاوضات من دون شروط»."
    rec = _record(text)
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["وزير الخارجية الألماني"]


def test_an_oblique_dual_after_a_call_is_its_addressee_not_an_unknown_speaker():
    text = ("رحب المبعوث الأميركي الخاص إلى السودان بالهدنة، ودعا الطرفين في بيان إلى «الالتزام الكامل "
            "بوقف الأعمال العدائية»، مشيراً إلى أن فريقه «سيتابع التطورات عن كثب».")
    assert _speakers(text) == ["المبعوث الأميركي", "المبعوث الأميركي"]


def test_a_states_president_is_not_the_one_titled_head_of_a_body():
    text = ("وقال رئيس البرلمان الكيني موسى ويتانغ إن القرار «غير دستوري». وكان الرئيس الكيني قد وقع "
            "مرسوماً يلغي الاتفاق، واتهم أوغندا بـ«التعدي على حدود البلاد الغربية».")
    assert _speakers(text) == ["موسى ويتانغ", "الرئيس الكيني"]


def test_the_subject_of_a_verb_opening_a_sentence_of_no_cue_speaks_on():
    text = ("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين «تتابع الوضع». من جهته، أمر رئيس المجلس "
            "الرئاسي الليبي محمد المنفي بتشكيل لجنة تحقيق في أحداث الزاوية. وأكد في كلمة متلفزة أن المجلس "
            "«لن يتهاون مع أي طرف يهدد أمن المدنيين».")
    assert _speakers(text) == ["أنالينا بيربوك", "محمد المنفي"]


def test_a_cue_word_after_a_preposition_is_a_noun_and_a_possessed_title_leads_to_the_name():
    # «عن نقل» is moving (a noun), not the cue «نقل»; «زعيمها» is a title before the speaker's name
    text = ("وكانت الحكومة قد طالبت الشركات بنقل مقارها، فامتنعت عن نقل مقراتها من العاصمة، وهو ما ردت "
            "عليه الحركة بغضب، إذ حذر زعيمها عبد الملك الحوثي السعودية من أن «أي خطوة مماثلة ستقابل بالرد».")
    assert _speakers(text) == ["عبد الملك الحوثي"]
    from marsad.analyze.quotes import match_cues
    from marsad.arabic.tokenize import tokenize
    assert not match_cues(tokenize("امتنعت عن نقل مقراتها"))


def test_crown_prince_is_a_title_before_a_chain_of_titles():
    text = ("وأعلن ولي العهد رئيس مجلس الوزراء الكويتي الشيخ صباح الخالد الصباح أن الكويت «ستستضيف القمة "
            "الخليجية المقبلة».")
    assert _speakers(text) == ["صباح الخالد الصباح"]


def test_an_assistant_title_and_a_given_name_that_reads_as_a_town_lead_to_the_speaker():
    text = ("وقال وزير الخارجية الإيراني إن بلاده «ترحب بالحوار». وقال مساعد وزير الدفاع السعودي اللواء "
            "خالد البياري، في كلمة الافتتاح، إن «أمن الممرات المائية مسؤولية جماعية». وأعلن النائب الأول "
            "لرئيس مجلس النواب كريم الشمري أن الجلسة المقبلة ستعقد الأربعاء.")
    assert _speakers(text) == ["وزير الخارجية الإيراني", "خالد البياري", "كريم الشمري"]


def test_a_cue_coordinated_with_the_verb_opening_the_sentence_shares_its_subject():
    text = ("وقال وزير الخارجية المالي عبد الله كوناتي إن بلاده «ترحب». وفي أديس أبابا، رحب مفوض الشؤون "
            "السياسية في الاتحاد الأفريقي باتريك أوكيري بإعادة فتح الحدود، وقال في تغريدة إن الخطوة «نموذج "
            "لما يحققه الحوار».")
    assert _speakers(text) == ["عبد الله كوناتي", "باتريك أوكيري"]


def test_cue_verbs_with_an_object_pronoun_and_vows_are_read():
    text = ("ودانت وزارة الخارجية القطرية في بيان عمليات الهدم، واعتبرتها «انتهاكاً صارخاً للقانون الدولي». "
            "واستدعت وزارة الخارجية الكويتية السفير العراقي، وأبلغته أن الكويت «ترفض أي مساس بسيادتها». "
            "وتوعدت وزارة الدفاع التركية بـ«سحق أي تهديد لحدودها الجنوبية».")
    assert _speakers(text) == ["وزارة الخارجية القطرية", "وزارة الخارجية الكويتية", "وزارة الدفاع التركية"]


def test_a_relative_cue_names_no_unknown_speaker_and_threats_and_governors_speak():
    text = ("ورداً على ذلك، رفض الناطق باسم وزارة الخارجية الأردنية ماجد الحياري ما وصفه بـ«الوصاية "
            "الإسرائيلية»، وقال إن الأردن «أدرى بمسؤولياته في حماية البعثات».")
    assert _speakers(text)[-1] == "ماجد الحياري"
    text = "وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس بأن إسرائيل ستستأنف الحرب إذا لم يفرج عن المحتجزين."
    assert _speakers(text) == ["يسرائيل كاتس"]
    text = ("وأعلن والي إسطنبول داود غل حظر التجمعات في المدينة، مؤكداً أن السلطات «لن تسمح بالفوضى في "
            "الشوارع».")
    assert _speakers(text) == ["داود غل"]


def test_a_call_in_an_as_clause_names_its_addressee_after_the_verb():
    text = ("ودخلت منظمة العفو الدولية على خط الأزمة، إذ طالبت السلطات الكويتية بـ«الوقف الفوري لقرارات "
            "سحب الجنسية».")
    assert _speakers(text) == ["منظمة العفو الدولية"]


def test_a_description_between_commas_does_not_part_a_title_from_the_name():
    # written for this test
    rec = analyze_record(Article("ودعا رئيس حزب الشعب الجمهوري، أكبر أحزاب المعارضة، مراد يلماز أنصار الحزب إلى "
                                 "«التظاهر السلمي أمام مبنى البلدية».", published="2025-03-19"))
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["مراد يلماز"]


def test_urging_with_hadda_and_alerting_with_nabbaha_are_cues():
    # written for this test
    rec = analyze_record(Article("وحض المبعوث الأممي ماريو روسي الطرفين على «تجنب أي خطوات استفزازية قد تقوض التهدئة». "
                                 "ونبهت البعثة الأممية إلى أن «الهجمات على المدنيين قد ترقى إلى جرائم حرب».",
                                 published="2025-03-19"))
    speakers = [(q["speaker"] or {}).get("text") for q in rec["quotes"]]
    assert len(speakers) == 2 and speakers[0] == "ماريو روسي" and speakers[1].startswith("البعثة")
    assert any(e["cameo"].startswith("02") and e["target"]["text"] == "الطرفين" for e in rec["events"])


def test_a_pledge_and_a_condition_are_quote_cues():
    # written for this test
    rec = analyze_record(Article("وتعهد الرئيس اللبناني سمير حداد في خطاب القسم بأن «تحتكر الدولة وحدها حق حمل السلاح». "
                                 "غير أنه اشترط أن تلتزم الحركة بالبرنامج السياسي للمنظمة.", published="2025-01-09"))
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["سمير حداد", "سمير حداد"]


def test_a_plural_in_the_oblique_after_the_verb_is_its_object_not_its_speaker():
    # written for this test
    rec = analyze_record(Article("وقال المتحدث باسم الحكومة الإثيوبية داويت ملس إن الاتهامات باطلة. واتهم مسؤولين في "
                                 "مقديشو بـ«تصدير أزماتهم الداخلية إلى الخارج».", published="2025-01-09"))
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["داويت ملس", "داويت ملس"]
    # after a count the plural is the counted group itself, the subject
    rec = analyze_record(Article("تظاهر مئات اللبنانيين، أمس، أمام مصرف لبنان احتجاجاً على القيود.", published="2025-01-09"))
    assert any(e["cameo"].startswith("14") and "اللبنانيين" in e["source"]["text"] for e in rec["events"])


def test_the_statement_speaks_for_who_issued_it_in_the_sentence_before():
    # written for this test
    rec = analyze_record(Article("وقال الجيش الإسرائيلي في بيان إن قواته دمرت منازل في المخيم. وأضاف البيان أن «كتيبة "
                                 "جنين استخدمتها منطلقاً للهجمات».", published="2025-01-09"))
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["الجيش الإسرائيلي"] * 2
    # a summit's final statement, with no issuer quoted before it «في بيان», speaks for itself
    rec = analyze_record(Article("وقال الناطق باسم الرئاسة إن القمة ناجحة. وأكد البيان الختامي للقمة أن «أمن البحر الأحمر "
                                 "مسؤولية الدول المشاطئة».", published="2025-01-09"))
    assert (rec["quotes"][-1]["speaker"] or {}).get("text", "").startswith("البيان")


def test_a_bodys_acronym_in_parentheses_inside_a_title_does_not_part_it_from_the_name():
    # written for this test
    rec = analyze_record(Article("وقال رئيس مفوضية المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) موسى دياكيتي إن «المنظمة "
                                 "لن تتخلى عن شعوب الساحل».", published="2025-01-09"))
    speaker = rec["quotes"][0]["speaker"]
    assert speaker["text"] == "موسى دياكيتي" and speaker["code"].startswith("IGO")


def test_a_quoted_accused_before_its_charge_is_not_what_was_said():
    # written for this test
    rec = analyze_record(Article("واتهم رئيس الوزراء «جهات معروفة في الخارج» بالسعي إلى «إثارة الفوضى في البلاد عبر "
                                 "حملات منظمة».", published="2025-01-09"))
    texts = [q["text"] for q in rec["quotes"]]
    assert any("إثارة الفوضى" in t for t in texts) and not any(t.startswith("جهات معروفة") for t in texts)


def test_what_someone_called_something_is_no_quote():
    # written for this test
    rec = analyze_record(Article("وتظاهر المئات احتجاجاً على ما وصفته النقابة بـ«تجاهل الإدارة لمطالب العمال المشروعة».",
                                 published="2025-01-09"))
    assert not [q for q in rec["quotes"] if "تجاهل الإدارة" in q["text"]]
    rec = analyze_record(Article("ووصف وزير العمل الإضراب بأنه «تصعيد لا مبرر له في هذا التوقيت».", published="2025-01-09"))
    assert [q for q in rec["quotes"] if "تصعيد لا مبرر" in q["text"]]


def test_the_genitive_of_a_rejected_call_does_not_speak_for_the_dropped_subject():
    # written for this test
    rec = analyze_record(Article("وقال القيادي في الجماعة محمد البخيتي إن العمليات مستمرة. ورفض دعوة المبعوث الأممي إلى "
                                 "وقف الهجمات، قائلاً إن العمليات «مرتبطة بوقف الحرب على غزة».", published="2025-01-09"))
    assert [(q["speaker"] or {}).get("text") for q in rec["quotes"]] == ["محمد البخيتي"] * 2


def _speakers_of(rec: dict, fragment: str) -> list[str | None]:
    """The speakers of a record's quotes that hold this fragment."""
    return [(q["speaker"] or {}).get("text") for q in rec["quotes"] if fragment in q["text"]]


def test_a_reply_with_what_it_says_after_bian_is_a_quote_and_announcing_is_a_cue():
    # written for this test
    rec = analyze_record(Article("ودعت حركة الجهاد الإسلامي الأجهزة الأمنية إلى وقف الحملة، فيما رد المتحدث باسم حركة فتح "
                                 "منير الجاغوب بأن الحملة «لا تستهدف المقاومة بل الخارجين على القانون»، نافياً أن تكون "
                                 "الأجهزة قد نسقت مع أي طرف.", published="2025-01-09"))
    said = {q["text"][:20]: (q["speaker"] or {}).get("text") for q in rec["quotes"]}
    assert [s for t, s in said.items() if "لا تستهدف" in t] == ["منير الجاغوب"]
    assert [s for t, s in said.items() if "الأجهزة قد" in t] == ["منير الجاغوب"]
    rec = analyze_record(Article("ورحب الاتحاد الأوروبي بالاتفاق، معلناً أنه سيقدم حزمة دعم جديدة للأجهزة الأمنية.",
                                 published="2025-01-09"))
    assert [q for q in rec["quotes"] if "سيقدم حزمة" in q["text"]]
    rec = analyze_record(Article("وفي أول رد على الدعوة، رحبت وزارة الخارجية السودانية بالمبادرة، وأكدت أن المفاوضات "
                                 "«يجب أن تبدأ بخروج الميليشيا من المدن».", published="2025-01-09"))
    assert [q["cue"] for q in rec["quotes"]] == ["وأكدت"]  # (a reply as a noun is no cue)


def test_a_title_holding_a_long_quoted_party_name_reaches_the_person():
    # written for this test
    rec = analyze_record(Article("وقالت الحكومة إن الوضع مستقر. أما زعيم حزب «التجمع من أجل العدالة والمساواة» المعارض "
                                 "يوسف محمد نور، فاتهم السلطات بالسعي إلى «استبدال وصاية بأخرى».", published="2025-01-09"))
    assert _speakers_of(rec, "استبدال") == ["يوسف محمد نور"]


def test_a_body_after_a_warning_verb_is_whom_the_dropped_speaker_warns():
    # written for this test
    rec = analyze_record(Article("واعتبر وزير العدل التركي كمال أرسلان أن التحقيق قانوني. وحذر قيادة حزب الشعب الجمهوري "
                                 "من أن «دعوة الناس إلى الشارع ستكون لها عواقب قانونية». وحذر رئيس البرلمان نعمان "
                                 "قورتولموش من أن «التصعيد لا يخدم أحداً».", published="2025-01-09"))
    said = {q["text"][:12]: (q["speaker"] or {}).get("text") for q in rec["quotes"]}
    assert [s for t, s in said.items() if t.startswith("دعوة")] == ["كمال أرسلان"]
    assert [s for t, s in said.items() if t.startswith("التصعيد")] == ["نعمان قورتولموش"]  # (a person there speaks)


def test_contenting_oneself_with_saying_is_a_quote():
    # written for this test
    rec = analyze_record(Article("من جهته، امتنع الجيش الإسرائيلي عن التعليق على الغارات، مكتفياً بالقول إنه «لا يعلق على "
                                 "تقارير وسائل الإعلام الأجنبية».", published="2025-01-09"))
    assert _speakers_of(rec, "لا يعلق") == ["الجيش الإسرائيلي"]


def test_a_quote_right_after_its_cue_and_an_aside_is_not_its_speaker_and_long_asides_are_skipped():
    # written for this test
    rec = analyze_record(Article("وأجرى الوزير فرانسوا لوميير اتصالاً هاتفياً بنظيره المغربي يوسف العلمي، أكد خلاله «دعم "
                                 "باريس لاستقرار المنطقة المغاربية».", published="2025-01-09"))
    assert _speakers_of(rec, "دعم باريس") == ["فرانسوا لوميير"]
    rec = analyze_record(Article("وأوضح وزير الخارجية اللبناني يوسف رجي، في مؤتمر صحافي عقب لقائه المنسق الخاص للأمم "
                                 "المتحدة في لبنان يوهان فان دير برغ في بيروت، أن الغارة «خرق فاضح للقرار 1701».",
                                 published="2025-01-09"))
    assert _speakers_of(rec, "خرق فاضح") == ["يوسف رجي"]


def test_a_participle_after_an_opening_aside_speaks_for_the_verbs_subject():
    # written for this test
    rec = analyze_record(Article("ونفى محافظ السويداء مازن الحمود ذلك. وفي موقف مغاير، رحب يوسف جربوع بالمقترح الحكومي، "
                                 "معتبراً أن «عودة مؤسسات الدولة هي الضمانة الوحيدة».", published="2024-05-02"))
    assert _speakers_of(rec, "الضمانة الوحيدة") == ["يوسف جربوع"]


def test_a_body_named_in_guillemets_after_the_opening_verb_speaks_on():
    # written for this test
    rec = analyze_record(Article("واتهمت الوزارة «قسد» بأنها «امتداد لتنظيم إرهابي». في المقابل، دانت «قسد» الغارات، وقالت "
                                 "في بيان إنها أسفرت عن مقتل ثلاثة من مقاتليها.", published="2024-05-02"))
    assert _speakers_of(rec, "مقتل ثلاثة") == ["قسد"]


def test_a_feminine_cue_is_not_carried_by_a_man_named_before():
    # written for this test: «وقالت» after «فيما أشادت الوزارة …» speaks for the ministry, not
    # for the man whose verb opened the sentence
    rec = _record("ورحب الأمين العام لجامعة الدول العربية أحمد أبو الغيط بالاتفاق، فيما أشادت وزارة الخارجية "
                  "المصرية في بيان بجهود الوسطاء، وقالت إنها تأمل أن يسهم الاتفاق في تهدئة التوتر.")
    assert _speakers_of(rec, "تأمل أن يسهم") == ["وزارة الخارجية المصرية"]
    # a woman named before keeps a feminine cue
    rec = _record("وحثت الممثلة الخاصة للأمين العام إنغريد هالفورسن الحكومتين على الحوار، وقالت إن البعثة "
                  "مستعدة لاستضافة اجتماع فني.")
    assert _speakers_of(rec, "البعثة مستعدة") == ["إنغريد هالفورسن"]


def test_lakinnahu_is_the_man_and_lakinnaha_the_body_named_before():
    # written for this test: «لكنه» after a man's verb and a state named as its object
    rec = _record("ورحب المتحدث باسم الخارجية الإيرانية إسماعيل بقائي بالاتفاق، وشكر دولة قطر على جهودها، "
                  "لكنه شدد على أن الإفراج عن المحتجزين «حق تأخر طويلاً».")
    assert _speakers_of(rec, "حق تأخر") == ["إسماعيل بقائي"]


def test_a_feminine_participle_after_a_verb_with_an_object_pronoun_is_its_subjects():
    # written for this test: «دانتها الوزارة …، معتبرة أن …»
    rec = _record("وقال المبعوث الأميركي توم باراك إن واشنطن ملتزمة بدعم سوريا. وتزامن اللقاء مع غارات "
                  "على ريف دمشق، دانتها وزارة الخارجية القطرية في بيان، معتبرة أنها «انتهاك سافر "
                  "لسيادة سوريا».")
    assert _speakers_of(rec, "انتهاك سافر") == ["وزارة الخارجية القطرية"]


def test_a_reply_with_the_conjunction_is_a_cue():
    # written for this test: «ورد» is «و» + «رد» (two letters after it)
    rec = _record("ورد المتحدث باسم حزب الشعب الجمهوري فائق أوزتراك بأن الحكومة «تهرب من مسؤولياتها».")
    assert _speakers_of(rec, "تهرب من مسؤولياتها") == ["فائق أوزتراك"]


def test_a_participle_after_a_relative_clause_goes_on_with_its_person():
    # written for this test: «…، الذي قال إن …، مؤكداً أن …»
    rec = _record("ووقع الاتفاقية عن الجانب الكويتي وزير الدفاع الشيخ عبد الله العلي، الذي قال في كلمة إن "
                  "الاتفاقية «تعكس عمق الشراكة»، مؤكداً أن الكويت «ستظل شريكاً موثوقاً».")
    assert _speakers_of(rec, "ستظل شريكاً") == ["عبد الله العلي"]


def test_a_womans_title_and_a_paragraphs_field_adverb():
    # written for this test: «زعيمة» and «الممثلة» are titles; «أوروبياً،» is no speaker
    rec = _record("في المقابل، اتهمت زعيمة حزب «الاتحاد الديمقراطي» المعارض ماريا أنتونوفا الحكومة "
                  "بـ«خنق الإعلام المستقل في البلاد».")
    assert _speakers_of(rec, "خنق الإعلام") == ["ماريا أنتونوفا"]
    rec = _record("أوروبياً، دعت الممثلة العليا للسياسة الخارجية كايا كالاس الطرفين إلى «خفض التصعيد "
                  "فوراً ووقف الاستفزازات».")
    assert _speakers_of(rec, "خفض التصعيد") == ["كايا كالاس"]


def test_a_representative_posted_to_a_body_is_named_past_ladaa():
    # written for this test: «ممثل الجبهة لدى الأمم المتحدة» titles the name after it
    rec = _record("وطالب ممثل الجبهة لدى الأمم المتحدة محمد سالم ولد أحمد المنظمة الدولية بتحديد موعد "
                  "للاستفتاء، وقال في تصريح إن «صبر اللاجئين بدأ ينفد بعد عقود من الانتظار».")
    assert _speakers_of(rec, "صبر اللاجئين") == ["محمد سالم ولد أحمد"]


def test_a_feminine_warning_verb_agrees_with_the_body_after_it():
    # written for this test: «وحذرت المفوضية … من أن» (the body warns; «وحذر الحكومة من» warns her)
    rec = _record("وقال حاكم الولاية الجنرال عثمان بحر إن الوضع هادئ. وحذرت المفوضية السامية للأمم المتحدة "
                  "لشؤون اللاجئين من أن إغلاق المعابر «سيحرم آلاف الفارين من الوصول إلى بر الأمان».")
    assert _speakers_of(rec, "سيحرم آلاف") == ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]


def test_an_act_or_a_claim_after_a_cue_is_no_speaker():
    # written for this test: «نفت الاتهامات الإيرانية، مؤكدة …»: the embassy speaks on
    rec = _record("غير أن السفارة الأميركية في بيروت نفت الاتهامات الإيرانية، مؤكدة في بيان أنها "
                  "«لا تستند إلى أي أساس على الإطلاق».")
    assert _speakers_of(rec, "لا تستند") == ["السفارة الأميركية"]


def test_who_is_cited_as_saying_does_not_speak_on():
    # written for this test: «… كما زعمت تقارير إعلامية. وأشار إلى …»
    rec = _record("وقال محمد عبد السلام إن الإفراج تم بوساطة عمانية، نافياً أن تكون قوات الجماعة قد أساءت "
                  "معاملة الطاقم كما زعمت تقارير إعلامية غربية. وأشار إلى أنه بحث الملف هاتفياً مع مسؤولين عمانيين.")
    assert _speakers_of(rec, "بحث الملف") == ["محمد عبد السلام"]


def test_a_weapon_before_a_relative_cue_says_nothing():
    # written for this test: «بالمسيرات التي قالت إنها …» is the accuser's claim
    rec = _record("في المقابل، اتهمت قوات «الدعم السريع» تركيا بـ«تأجيج الحرب وإطالة معاناة السودانيين» عبر "
                  "تزويد الجيش بالمسيرات التي قالت إنها «قتلت مئات المدنيين في الأسواق».")
    assert _speakers_of(rec, "قتلت مئات") == ["قوات الدعم السريع"]


def test_the_topic_fronted_by_amma_speaks_with_fa():
    # written for this test: «أما النائب عن الحزب الديمقراطي كاوه برزنجي فطالب …، معتبراً …»
    rec = _record("وقال القيادي سرهنك عزيز إن الاتفاق مرفوض. أما النائب عن الحزب الديمقراطي الكردستاني "
                  "دلشاد ميرو فطالب الحكومة الاتحادية بإشراك الإقليم، معتبراً أن إقصاءه «مخالفة دستورية صريحة».")
    assert [s for s in _speakers_of(rec, "مخالفة دستورية") if s and "ميرو" in s]


def test_who_denies_it_in_a_relative_clause_speaks_on():
    # written for this test: «وهو ما نفته وزارة النفط العراقية، مؤكدة أن …»
    rec = _record("وكانت وزارة الخزانة الأميركية قد فرضت عقوبات على شركة نقل بحري عراقية، وهو ما نفته وزارة "
                  "النفط العراقية، مؤكدة في بيان أن «جميع الصادرات تخضع لرقابة صارمة».")
    assert _speakers_of(rec, "جميع الصادرات") == ["وزارة النفط العراقية"]


def test_a_while_clause_subject_goes_on_and_an_indefinite_antecedent_does_not_speak():
    # written for this test
    rec = _record("وأعلنت قوات الأمن التابعة للولاية اعتقال 12 شخصاً، فيما تبنت حركة الشباب هجوماً على قاعدة "
                  "للجيش، وقالت إن مقاتليها «استغلوا انشغال القوات الحكومية بالمعارك».")
    assert _speakers_of(rec, "استغلوا انشغال") == ["حركة الشباب"]
    rec = _record("وفي عدن، داهمت الأجهزة الأمنية منزلاً في مديرية المنصورة واعتقلت خمسة أشخاص قالت إنهم "
                  "يعملون لصالح جهة خارجية.")
    assert _speakers_of(rec, "يعملون لصالح") == ["الأجهزة الأمنية"]


def test_an_unnamed_source_an_agency_relays_speaks():
    # written for this test: «نقلت وكالة … عن مصدر دبلوماسي قوله إن …»
    rec = _record("ونقلت وكالة الأنباء الجزائرية عن مصدر دبلوماسي قوله إن الجزائر «لن تنجر إلى استفزازات "
                  "سلطة فقدت البوصلة».")
    assert _speakers_of(rec, "لن تنجر") == ["مصدر"]


def test_a_body_head_and_its_name_before_the_charge_are_the_accused():
    # written for this test: «واتهم جهاز الردع بـ«…»» after the brigade's denial
    rec = _record("في المقابل، نفى اللواء 444 قتال في بيان أن تكون قواته قد بادرت بإطلاق النار، واتهم جهاز "
                  "الردع بـ«محاولة التمدد على حساب مؤسسات الدولة».")
    assert _speakers_of(rec, "محاولة التمدد") == ["اللواء"]


def test_whom_a_demand_addresses_and_what_it_asks_is_no_speaker():
    # written for this test: «وطالب سلطات بريشتينا بالإفراج الفوري عنهم، محذراً …»
    rec = _record("ونفى الرئيس الصربي ألكسندر فوتشيتش أي صلة لبلاده بالموقوفين. وطالب سلطات بريشتينا بالإفراج "
                  "الفوري عنهم، محذراً من أن صربيا «لن تقف متفرجة إذا استمر التنكيل».")
    assert _speakers_of(rec, "لن تقف متفرجة") == ["ألكسندر فوتشيتش"]


def test_a_short_name_in_guillemets_before_that_is_no_quote():
    # written for this test: «نفت الشركة المشغلة للناقلة «أوشن ستار شيبينغ» أن …»
    rec = _record("ونفت الشركة المشغلة للناقلة «بحر الشمال للشحن» أن تكون السفينة قد حملت أي شحنة مهربة.")
    assert [q["text"].rstrip(".") for q in rec["quotes"]] == ["تكون السفينة قد حملت أي شحنة مهربة"]


def test_a_professor_speaks_and_expecting_opens_a_second_quote():
    # written for this test: «ورأى أستاذ العلوم السياسية في جامعة … X أن …، متوقعاً أن …»
    rec = _record("ورأى أستاذ العلوم السياسية في جامعة الكويت سعود الحربش أن القرار «لن يحل الخلاف بين السلطتين»، "
                  "متوقعاً أن تعود المعارضة إلى المجلس بأغلبية.")
    assert _speakers_of(rec, "لن يحل الخلاف") == ["سعود الحربش"]
    assert _speakers_of(rec, "تعود المعارضة") == ["سعود الحربش"]


def test_through_its_spokesman_past_a_long_subject_he_speaks_on():
    # written for this test: «نفت الحكومة الانتقالية في مالي، على لسان المتحدث باسمها X، أن …، مؤكدة أن …»
    rec = _record("ونفت الحكومة الانتقالية في مالي، على لسان المتحدث باسمها العقيد موسى كوليبالي، أن يكون لجيشها "
                  "أي دور في الحادث، مؤكدة أن «قواتنا لم تتحرك في تلك المنطقة».")
    assert _speakers_of(rec, "لجيشها أي دور") == ["موسى كوليبالي"]
    assert _speakers_of(rec, "قواتنا لم تتحرك") == ["موسى كوليبالي"]


def test_asking_not_to_be_named_is_no_cue():
    # written for this test: «وأوضح أحد سكان القرية، طالباً عدم الكشف عن هويته، أن …»
    rec = _record("وأوضح أحد سكان القرية، طالباً عدم الكشف عن هويته، أن الطائرات قصفت المدرسة.")
    assert [q["cue"] for q in rec["quotes"]] == ["وأوضح"]


def test_whom_an_accusing_participle_names_is_the_accused_not_the_speaker():
    # written for this test: «…، نافياً …، ومتهماً المعارضة المسلحة بـ«…»»
    rec = _record("وقال المتحدث العسكري زاو مين تون إن الغارات «أصابت معسكرات للمتمردين»، نافياً سقوط مدنيين، "
                  "ومتهماً المعارضة المسلحة بـ«اتخاذ القرويين دروعاً بشرية وتلفيق الأرقام».")
    assert _speakers_of(rec, "اتخاذ القرويين دروعاً") == ["زاو مين تون"]


def test_a_noun_with_tanween_spelled_like_a_cue_is_no_cue():
    # written for this test: «بدا موقفها أكثر حذراً، إذ قال …» (not «حذّرا»); «واصفاً» stays a cue
    rec = _record("وبدا موقف البرازيل أكثر حذراً، إذ قال المستشار الرئاسي سيلسو أموريم إن «الحل يجب أن يكون داخلياً».")
    assert [q["cue"] for q in rec["quotes"]] == ["قال"]
    rec = _record("ورحب المتحدث إسماعيل بقائي بالخطوة، واصفاً إياها بأنها «بادرة حسن نية تعكس جدية الطرف الآخر».")
    assert _speakers_of(rec, "بادرة حسن نية") == ["إسماعيل بقائي"]


def test_the_subject_of_the_opening_verb_past_a_longer_fronted_phrase_speaks_on():
    # written for this test: «وفي محاولة لاحتواء الغضب، التقى رئيس الوزراء X وفداً …، وأعلن أن …»
    rec = _record("وفي محاولة لاحتواء الغضب، التقى رئيس الوزراء فيصل الروسان وفداً من النقابات، وأعلن عقب اللقاء أن "
                  "الحكومة قررت تثبيت سعر الخبز.")
    assert _speakers_of(rec, "الحكومة قررت تثبيت") == ["فيصل الروسان"]


def test_a_deputy_prime_minister_in_a_named_government_speaks_with_his_participle():
    # written for this test: «رحب نائب رئيس الوزراء في حكومة طالبان الملا X بالعرض، معتبراً أن …»
    rec = _record("في المقابل، رحب نائب رئيس الوزراء في حكومة طالبان الملا نور أحمد وردك بالعرض الصيني، معتبراً "
                  "أن بكين «شريك موثوق يحترم إرادة الشعب الأفغاني».")
    assert _speakers_of(rec, "شريك موثوق") == ["نور أحمد وردك"]


def test_a_participle_after_a_while_clause_goes_with_its_subject_and_the_clause_is_not_said():
    # written for this test: «وقال X إن «…»، فيما رحبت وزارة Y بالقرار، معتبرة أن «…»»
    rec = _record("ورفضت جبهة التحرير المعارضة القرار، وقالت في بيان إنه «منحاز ويخدم أجندة خصومها»، فيما رحبت "
                  "وزارة الخارجية السودانية بالقرار، معتبرة أنه «خطوة متأخرة لكنها صائبة».")
    assert _speakers_of(rec, "خطوة متأخرة") == ["وزارة الخارجية السودانية"]
    said = next(q["text"] for q in rec["quotes"] if "منحاز" in q["text"])
    assert "رحبت" not in said
    # a «فيما» clause of no party of its own inside indirect speech is still what was said
    rec = _record("وقال النائب سالم الورفلي إن الأموال التي تصرف في العاصمة لا تخضع لأي رقابة، فيما تحرم مدن "
                  "الجنوب من أبسط الخدمات، مؤكداً أن المجلس سيطلب مساءلة الحكومة.")
    said = next(q["text"] for q in rec["quotes"] if "الأموال" in q["text"])
    assert "تحرم مدن" in said


def test_a_denial_verb_with_its_object_pronoun_after_what_is_a_cue():
    # written for this test: «وهو ما نفاه الاتحاد الجهوي، معتبراً أن …»
    rec = _record("ونظم الاتحاد الجهوي للشغل وقفة أمام مقر الولاية. وقالت وزارة الداخلية في بيان إن المحتجين "
                  "«حاولوا اقتحام المقر»، وهو ما نفاه الاتحاد الجهوي، معتبراً أن الاعتقالات «رسالة ترهيب مكشوفة».")
    assert _speakers_of(rec, "رسالة ترهيب") == ["الاتحاد الجهوي"]


def test_a_relative_clause_on_a_noun_with_a_state_adjective_is_said_by_the_subject():
    # written for this test: «وأشاد بالدعم التركي الذي قال إنه «…»»
    rec = _record("واتهم الرئيس الصومالي حسن شيخ محمود الحركة بـ«استخدام المدنيين دروعاً»، وأشاد بالدعم "
                  "التركي الذي قال إنه «غير موازين المعركة».")
    assert _speakers_of(rec, "غير موازين") == ["حسن شيخ محمود"]
    # a state's envoy before «الذي» still speaks
    rec = _record("واجتمع رئيس الوزراء محمد شياع السوداني بالسفير التركي الذي قال إن أنقرة «لن تقبل بأي تهديد».")
    assert _speakers_of(rec, "لن تقبل") == ["السفير التركي"]


def test_the_party_pointing_back_speaks_and_one_quoted_word_is_a_name_not_a_cue():
    # written for this test: «غير أن الحزب نفى ذلك في بيان نشرته وكالة «فرات» …، مؤكداً أن …»
    rec = _record("وأعلنت وزارة الدفاع التركية تحييد تسعة من عناصر حزب العمال الكردستاني شمال العراق. غير أن الحزب "
                  "نفى ذلك في بيان نشرته وكالة «فرات» المقربة منه، مؤكداً أن مقاتليه «أسقطوا طائرة مسيرة».")
    assert [q["speaker"]["id"] for q in rec["quotes"] if "أسقطوا طائرة" in q["text"]] == ["org:pkk"]
    assert not [q for q in rec["quotes"] if q["cue"] == "فرات"]
    rec = _record("وقصفت المسيرات التركية مواقع لـ«العمال الكردستاني» في جبل قنديل.")
    assert "org:pkk" in {e["id"] for e in rec["entities"]}


def test_a_call_on_a_named_body_and_an_unnamed_one_before_to_names_the_called_not_the_speaker():
    # written for this test: «…، ودعت الفصائل وعائلات المخيم إلى «…»»
    rec = _record("من جهتها، اعتبرت حركة «حماس» أن ما يجري في المخيم «طعنة في الظهر»، ودعت الفصائل وعائلات المخيم "
                  "إلى «حماية المقاومين والتصدي للاعتقالات».")
    assert _speakers_of(rec, "حماية المقاومين") == ["حركة حماس"]


def test_a_lawyer_named_after_the_cue_speaks():
    # written for this test: «فيما قال محاميه علي الدوسري إن موكله «…»»
    rec = _record("وأعلنت النيابة العامة أنها أمرت بحبس مغرد انتقد قرارات سحب الجنسية، فيما قال محاميه علي الدوسري "
                  "إن موكله «لم يتجاوز حدود النقد المباح».")
    assert _speakers_of(rec, "لم يتجاوز") == ["علي الدوسري"]


def test_the_outlet_told_after_the_cue_is_not_the_speaker():
    # written for this test
    rec = _record("غير أن مصدراً في وزارة الخارجية المغربية نفى هذه الاتهامات، وقال لوسائل إعلام محلية إن "
                  "«المملكة لا تنجر إلى السجالات».")
    assert _speakers_of(rec, "لا تنجر") == ["مصدراً في وزارة الخارجية المغربية"]


def test_a_counted_defendant_is_no_accusing_participle():
    # written for this test: «12 متهماً» are defendants; the case's name is no quote
    rec = _record("أصدرت الدائرة الجنائية بمحكمة الاستئناف، مساء أمس، أحكاماً بالسجن بحق 12 متهماً "
                  "بـ«التآمر على أمن الدولة».")
    assert _speakers_of(rec, "التآمر على أمن الدولة") == []


def test_the_head_of_a_parliamentary_committee_is_the_named_speaker():
    # written for this test: «رئيس لجنة الخارجية النيابية» is the title of the name after it
    rec = _record("وقال رئيس لجنة الخارجية النيابية ياسر الحسيني إن «الحكومة تأخرت كثيراً في الرد».")
    assert _speakers_of(rec, "الحكومة تأخرت") == ["ياسر الحسيني"]


def test_a_minister_anaphor_with_a_state_prefers_the_minister_of_that_state():
    # written for this test: the Qatari minister's long title names no state; the American one does
    rec = _record("وصل وزير الدفاع الأميركي ريتشارد كولمان إلى الدوحة، اليوم الخميس. واستقبله نائب رئيس مجلس الوزراء "
                  "وزير الدولة لشؤون الدفاع الشيخ فهد بن ناصر آل ثاني. وقال الوزير الأميركي إن «التعاون بين البلدين "
                  "يتوسع».")
    assert _speakers_of(rec, "التعاون بين البلدين") == ["ريتشارد كولمان"]


def test_a_two_word_role_followed_by_its_body_heads_a_title_up_to_the_name():
    # written for this test: «المنسق الخاص» is a role of its own, yet «للأمم المتحدة …» goes on to the name
    rec = _record("وقال المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط سامي فيلدمان إن «الوضع خطير».")
    assert _speakers_of(rec, "الوضع خطير") == ["سامي فيلدمان"]


def test_a_fronted_quote_named_as_the_speakers_words_before_a_reply():
    # written for this test: ««…»، بهذه العبارة رد …»
    rec = _record("«لن نقبل بأي وصاية على قرارنا الوطني»، بهذه العبارة رد وزير الخارجية الأردني أيمن الصفدي، "
                  "اليوم الأحد، على الانتقادات الأوروبية.")
    assert _speakers_of(rec, "لن نقبل بأي وصاية") == ["أيمن الصفدي"]


def test_a_role_with_its_state_opening_the_sentence_speaks_the_participle_after_it():
    # written for this test: «مكتب رئيس الوزراء الإسرائيلي» has no name, but its state makes it a speaker
    rec = _record("وقال مصدر مصري مطلع إن القاهرة «ستوجه الدعوة إلى الفصائل». وفي تل أبيب، هاجم مكتب رئيس الوزراء "
                  "الإسرائيلي مباحثات القاهرة، معتبراً في بيان أن أي شراكة مع الحركة «تعني أن السلطة اختارت الإرهاب».")
    assert _speakers_of(rec, "اختارت الإرهاب") == ["مكتب رئيس الوزراء الإسرائيلي"]


def test_a_two_word_role_with_its_definite_complement_heads_a_title_up_to_the_name():
    # written for this test: «عضو المجلس» is a role of its own, yet «السياسي في الحزب الشيخ …» goes on
    rec = _record("وقال عضو المجلس السياسي في الحزب الشيخ كمال مرعي، خلال التشييع، إن «المقاومة لن تتراجع».")
    assert _speakers_of(rec, "المقاومة لن تتراجع") == ["كمال مرعي"]


def test_a_coordinated_cue_right_after_the_opening_verbs_object_is_that_verbs_subjects():
    # written for this test: «ووصفه» follows «استنكر X الاعتداء» with no comma; the speaker of the
    # sentence before does not speak it
    rec = _record("وتبنت جماعة أنصار الشريعة الهجوم في بيان. وفي أول تعليق رسمي، استنكر الرئيس التونسي الاعتداء "
                  "ووصفه، في كلمة بثها التلفزيون، بأنه «عمل غادر يستهدف أمن البلاد».")
    assert _speakers_of(rec, "عمل غادر") == ["الرئيس التونسي"]


def test_a_said_clause_ends_at_a_while_clause_even_with_no_cue_after_it():
    # written for this test: «فيما استقبل …» is the writer's, not the minister's
    rec = _record("ورأى وزير الخارجية الهنغاري أن قرار المحكمة «متسرع ومسيس»، فيما استقبل الرئيس التركي "
                  "رجب طيب أردوغان وفداً من رجال الأعمال في أنقرة.")
    said = [q["text"] for q in rec["quotes"] if "متسرع" in q["text"]]
    assert said and all("استقبل" not in t for t in said)
    assert not any((e["target"] or {}).get("text", "").startswith("رجب") and e["cameo"].startswith("11")
                   for e in rec["events"])


def test_his_office_speaks_for_the_man_named_before():
    # written for this test: «مكتبه» points back to the prime minister, not to an unnamed office
    speakers = _speakers("وفي عمّان، ترأس رئيس الوزراء جعفر حسان اجتماعاً لخلية الأزمة، وأعلن مكتبه في بيان "
                         "أنه أجرى اتصالاً هاتفياً بمحافظ معان.")
    assert speakers == ["جعفر حسان"]


def test_a_name_between_commas_after_a_title_is_the_speaker():
    # written for this test: the title before the comma stands for the name after it
    assert _speakers("وقال وزير الخارجية، فؤاد حسين، إن العراق لن يكون ساحة لتصفية الحسابات.") == ["فؤاد حسين"]


def test_deterioration_is_no_reply_cue():
    # written for this test: «تردي» (deterioration) reads as «ترد» + a suffix; it is no cue, and
    # the governor speaks on
    assert _speakers("وحمّل محافظ نينوى عبد القادر الدخيل الحكومة مسؤولية تردي الخدمات، وقال إن «المدينة "
                     "تستحق أفضل من ذلك».") == ["عبد القادر الدخيل"]


def test_who_is_cited_as_claiming_does_not_speak_on():
    # written for this test: «، كما تزعم المنظمات الحقوقية،» cites a claim; the ministry speaks on
    speakers = _speakers("ونفت وزارة الداخلية المصرية أن يكون الموقوفون قد تعرضوا لسوء المعاملة، كما تزعم "
                         "المنظمات الحقوقية، وأكدت في بيان أن «جميع الإجراءات تمت وفق القانون».")
    assert speakers[-1] == "وزارة الداخلية المصرية"


def test_a_source_cited_as_reporting_does_not_speak_on():
    # written for this test: «، كما ذكرت صحف بريطانية.» ends a clause with no «أن»: it cites
    # the papers; the spokesman speaks on in the next sentence
    speakers = _speakers("ونفى المتحدث باسم الخارجية المصرية أحمد أبو زيد أن تكون القاهرة قد تلقت أي طلب رسمي، كما "
                         "ذكرت صحف بريطانية. وقال في مؤتمر صحافي إن «الموقف المصري لم يتغير».")
    assert speakers[-1] == "أحمد أبو زيد"


def test_a_statement_of_a_named_body_speaks_for_that_body():
    # written for this test: «وأفاد بيان للجيش الإسرائيلي بأن …»: the army speaks, not «بيان»
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("وأفاد بيان للجيش الإسرائيلي بأن قواته دمرت منصة صواريخ في الجنوب، داعياً "
                                 "السكان إلى الابتعاد عن الحدود.", published="2024-05-02"))
    speakers = {(q["speaker"] or {}).get("text") for q in rec["quotes"]}
    assert "الجيش الإسرائيلي" in speakers
    assert "بيان" not in speakers
    callers = {(e["source"] or {}).get("text") for e in rec["events"] if e["cameo"].startswith("02")}
    assert callers == {"الجيش الإسرائيلي"}


def test_two_bodies_joined_as_one_unknown_speaker_are_read_whole():
    # written for this test: «قالت هيئة شؤون الأسرى والمحررين ونادي الأسير الفلسطيني في بيان مشترك إن …»
    # after another speaker: the two bodies speak, not the speaker before them
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("وقال متحدث عسكري إسرائيلي إن العملية «انتهت». وقالت هيئة أهالي المفقودين "
                                 "ونادي ذوي المعتقلين في بيان مشترك إن «عدد المعتقلين تضاعف خلال شهر».",
                                 published="2024-05-02"))
    said = [(q["speaker"] or {}).get("text") for q in rec["quotes"] if "تضاعف" in q["text"]]
    assert said and "نادي ذوي المعتقلين" in (said[0] or "")
    # listed bodies (the twenty-ninth session's lexicon): the first of them speaks
    rec = analyze_record(Article("وقال متحدث عسكري إسرائيلي إن العملية «انتهت». وقالت هيئة شؤون الأسرى والمحررين "
                                 "ونادي الأسير الفلسطيني في بيان مشترك إن «عدد المعتقلين تضاعف خلال شهر».",
                                 published="2024-05-02"))
    said = [(q["speaker"] or {}).get("text") for q in rec["quotes"] if "تضاعف" in q["text"]]
    assert said and said[0] in ("هيئة شؤون الأسرى والمحررين", "نادي الأسير الفلسطيني")


def test_an_indefinite_prosecutor_title_before_a_long_title_run_leaves_the_name_the_speaker():
    # written for this test: «مدعي عام محكمة الجنايات القاضي … العقيد …» then the name
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("وقال وزير العدل إن المحاكمة «علنية». وقال مدعي عام محكمة الجنايات القاضي العسكري "
                                 "العقيد سامر العبادي إن أحد المتهمين «اعترف بنقل الأسلحة».", published="2024-05-02"))
    said = [(q["speaker"] or {}).get("text") for q in rec["quotes"] if "الأسلحة" in q["text"]]
    assert said == ["سامر العبادي"]


def test_a_text_that_ends_on_a_cue_is_read_without_error():
    # written for this test: a cue with nothing after it (a truncated feed item)
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    for text in ("وقالت", "قال الوزير إن الوضع «صعب». وأضاف"):
        rec = analyze_record(Article(text, published="2024-05-02"))
        assert all(q["text"] for q in rec["quotes"])


def test_the_charge_quoted_after_a_nominal_accusation_is_the_speakers():
    rec = _record("ورد المتحدث باسم الخارجية الإيرانية إسماعيل بقائي باتهام إسرائيل بـ«السعي إلى إشعال المنطقة "
                  "خدمة لحكومة متطرفة».")
    assert any(q["text"].startswith("السعي إلى إشعال") and (q["speaker"] or {}).get("text") == "إسماعيل بقائي"
               for q in rec["quotes"])
