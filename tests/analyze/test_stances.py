"""Stances: dyads that a statement makes by its words, not its cue verb."""

from __future__ import annotations

from marsad.analyze.stances import matches, stance_cues
from marsad.arabic.tokenize import tokenize
from marsad.model import Article
from marsad.pipeline_run import analyze_record


def _dyads(text: str, prefix: str) -> set[tuple[str, str]]:
    rec = analyze_record(Article(text, published="2024-05-02"))
    return {((e["source"] or {}).get("text", ""), (e["target"] or {}).get("text", ""))
            for e in rec["events"] if e["cameo"].startswith(prefix)}


def test_cue_phrases_match_with_proclitics_and_not_after_a_negation():
    assert [st for _, _, st in matches(tokenize("إن المملكة ستقف إلى جانب الكويت"))] == ["support"]
    assert [st for _, _, st in matches(tokenize("إن المملكة تقف إلى جانب الكويت"))] == ["support"]
    assert [st for _, _, st in matches(tokenize("وبالعدوان على غزة"))] == ["criticism"]
    assert matches(tokenize("إن بلاده لا تدعم أي طرف")) == []
    assert set(stance_cues()) == {"threat", "menace", "criticism", "fault", "rejection", "support", "intent"}


def test_a_statement_of_support_or_an_offer_toward_the_party_it_names():
    assert ("وزارة الخارجية السعودية", "دولة الكويت") in _dyads(
        "أكدت وزارة الخارجية السعودية في بيان أن المملكة «تقف إلى جانب دولة الكويت في كل ما يحفظ أمنها».", "05")
    assert ("الصفدي", "العراق") in _dyads(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الأردن «مستعد للتعاون». وأضاف الصفدي أن بلاده «مستعدة "
        "لتوسيع الشراكة الاقتصادية مع العراق إلى أبعد مدى».", "03")


def test_a_statement_about_another_party_criticises_it_and_a_denial_says_nothing_of_its_own():
    text = ("اتهم وزير الخارجية المصري سامح شكري إثيوبيا بالتعنت. وقال المتحدث باسم الخارجية الإثيوبية "
            "نبيات غيتاتشو إن القاهرة «تصر على التمسك باتفاقيات حقبة الاستعمار».")
    assert ("نبيات غيتاتشو", "القاهرة") in _dyads(text, "11")
    text = ("وقال المتحدث باسم الخارجية الإثيوبية نبيات غيتاتشو إن القاهرة تتهم بلاده زوراً. ونفى غيتاتشو أن "
            "تكون إثيوبيا «ارتكبت أي انتهاكات» بحق مصر.")
    assert not any(t == "مصر" for _, t in _dyads(text, "11"))


def test_words_that_fault_only_the_party_a_statement_is_about():
    # written for this test: «الاستعمارية» faults the statement's subject, another state
    text = ("وقال المتحدث باسم الخارجية الصينية لين وي إن بريطانيا «تواصل سياساتها الاستعمارية في "
            "المحيط الهندي».")
    assert ("لين وي", "بريطانيا") in _dyads(text, "11")
    # the same words in a statement whose subject is no party fault no one named later
    text = ("وقال المبعوث الأممي إلى ليبيا كارل نيلسن إن التصعيد «يقوض فرص التسوية ويهدد بالفوضى في "
            "ليبيا».")
    assert _dyads(text, "11") == set()


def test_a_statement_that_supports_one_party_and_rejects_another_act_codes_both():
    text = ("وقال وزير الخارجية المصري إن القاهرة «تدعم مؤسسات الدولة السودانية وترفض أي مساس بوحدة "
            "السودان وسلامة أراضيه».")
    assert ("وزير الخارجية المصري", "السودانية") in _dyads(text, "05")
    # rejecting harm to Sudan's unity backs Sudan: no rejection of it
    assert ("وزير الخارجية المصري", "السودان") in _dyads(text, "05")
    assert ("وزير الخارجية المصري", "السودان") not in _dyads(text, "12")
    text = "وقال وزير الخارجية المصري إن القاهرة «ترفض التدخل الإيراني في شؤون المنطقة»."
    assert ("القاهرة", "الإيراني") in _dyads(text, "12")
    # one negative act per statement: a coded threat is not also a criticism
    text = ("حذر المتحدث العسكري باسم الجماعة العميد عبد الله الشامي من أن قواتها «ستستهدف أي سفينة "
            "أميركية تدعم العدوان على غزة».")
    assert _dyads(text, "11") == set()


def test_a_party_said_to_be_a_legitimate_target_is_threatened():
    text = "وقال المتحدث العسكري أبو حسين الساعدي إن القوات الأميركية «ستكون هدفاً مشروعاً لفصائل المقاومة»."
    assert _dyads(text, "13") == {("أبو حسين الساعدي", "القوات الأميركية")}
    text = "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس إن إيران «ستدفع الثمن كاملاً»."
    assert ("يسرائيل كاتس", "إيران") in _dyads(text, "13")
    assert [st for _, _, st in matches(tokenize("«ستكون هدفاً مشروعاً»"))] == ["menace"]


def test_a_pledge_not_to_allow_or_hesitate_threatens_the_party_it_names():
    text = "وقال وزير الدفاع التركي نوري أوزجان إن أنقرة «لن تتردد في ضرب مواقع حزب العمال الكردستاني»."
    assert ("نوري أوزجان", "حزب العمال الكردستاني") in _dyads(text, "13")
    text = "وأكد وزير الداخلية الأردني سامي الخريشا أن المملكة «ستتعامل بحزم مع المهربين القادمين من سوريا»."
    assert ("سامي الخريشا", "سوريا") in _dyads(text, "13")
    assert [st for _, _, st in matches(tokenize("«لن نتهاون في ذلك»"))] == ["threat"]


def test_an_offer_to_bring_parties_together_is_toward_those_between_or_called_on():
    # written for this test: a host's readiness to host talks «بين» a pair, named or not
    assert ("سامي الحداد", "الطرفين") in _dyads(
        "وقال وزير الخارجية الأردني سامي الحداد إن بلاده «مستعدة لاستضافة جولة حوار مباشرة بين الطرفين في عمّان».",
        "039")
    # named parties: the offer the sentence's own trigger codes (from مدريد, claimed by the
    # speaker) is not coded again from the speaker
    rec = analyze_record(Article("وقالت المتحدثة باسم الخارجية الإسبانية كارمن لوبيث إن مدريد «مستعدة لمواصلة "
                                 "دورها البنّاء في تقريب وجهات النظر بين الرباط والجزائر».", published="2024-05-02"))
    offers = [(e["target"] or {}).get("text") for e in rec["events"] if e["cameo"].startswith("03")]
    assert sorted(offers) == ["الجزائر", "الرباط"]
    # an offer right after the speaker's own call is toward those called on
    assert ("وانغ لي", "البلدين") in _dyads(
        "ودعا المتحدث باسم الخارجية الصينية وانغ لي البلدين الجارين إلى «تغليب لغة الحوار»، وأكد أن الصين "
        "«مستعدة لاستضافة اجتماع عاجل» في إطار الآلية الثلاثية.", "039")
    # a hostile party «تسعى إلى» harming ties between two states offers nothing
    assert not _dyads("واعتبر الوزير أن «جهات معادية تسعى إلى ضرب العلاقات الأخوية بين البلدين».", "03")


def test_blaming_a_party_for_an_act_criticises_it_even_when_the_act_has_its_own_doer():
    # written for this test
    assert ("سليم فارس", "إسرائيل") in _dyads(
        "وقال وزير الخارجية اللبناني سليم فارس إن «إسرائيل هي المسؤولة الوحيدة عن الأزمة الإنسانية في الجنوب».",
        "11")
    # «جرائم» codes the occupier's act; the statement is about Washington, which it blames too
    pairs = _dyads("وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن الولايات المتحدة «تتحمل المسؤولية "
                   "المباشرة عن استمرار جرائم الاحتلال» بسبب دعمها العسكري.", "11")
    assert ("ناصر كنعاني", "الولايات المتحدة") in pairs


def test_a_pledge_not_to_allow_threatens_the_party_not_the_land_it_would_turn():
    # written for this test
    assert ("فاتح أوزجان", "وحدات حماية الشعب") in _dyads(
        "وقال وزير الدفاع التركي فاتح أوزجان إن بلاده «لن تسمح ببقاء أي تنظيم إرهابي على حدودها الجنوبية»، في "
        "إشارة إلى «وحدات حماية الشعب» الكردية.", "13")
    # (the land to be turned into a base is not the one warned; the events tests say no one is)
    assert ("سامي عطا", "سوريا") not in _dyads(
        "وأضاف وزير الدفاع سامي عطا أن الجيش «لن يسمح بتحويل سوريا إلى قاعدة متقدمة للميليشيات».", "13")


def test_announced_solidarity_and_standing_firmly_with_a_party_support_it():
    # written for this test
    assert ("خالد المنصوري", "دولة الإمارات") in _dyads(
        "وقال الأمين العام خالد المنصوري إن دول المجلس «تقف صفاً واحداً مع دولة الإمارات في كل ما تتخذه».", "05")
    assert ("عادل الشريف", "الصومال") in _dyads(
        "وقال المتحدث عادل الشريف إن الجامعة «تقف بثبات إلى جانب الصومال في الدفاع عن سيادته».", "05")
    assert ("جامعة الدول العربية", "الصومال") in _dyads(
        "وفي القاهرة، أعلنت جامعة الدول العربية تضامنها الكامل مع الصومال.", "05")


def test_standing_firmly_beside_a_party_is_support_not_a_threat():
    # written for this test
    from marsad.model import Article
    from marsad.pipeline_run import analyze_record

    rec = analyze_record(Article("وقال المفوض الأوروبي للهجرة ماغنوس برونر إن الاتحاد «يقف بحزم إلى جانب اليونان في حماية "
                                 "حدوده».", published="2025-01-09"))
    codes = {e["cameo"][:2] for e in rec["events"] if (e["target"] or {}).get("text") == "اليونان"}
    assert codes == {"05"}


def test_more_words_of_blame_criticise_the_party_the_statement_speaks_of():
    # written for this test
    assert ("جبهة البوليساريو", "باريس") in _dyads(
        "وفي مخيمات تندوف، اعتبرت جبهة «البوليساريو» في بيان أن باريس «اختارت الوقوف في الجانب الخطأ من التاريخ».", "11")


def test_a_threat_naming_no_one_is_to_the_state_accused_in_its_sentence():
    # written for this test: another state accused; not a government's own opposition
    text = ("وقال وزير الداخلية التركي مراد كالكان إن بلاده «لن تسمح لأي جهاز أجنبي بالعبث بأمنها»، "
            "متهماً الاستخبارات الإسرائيلية بالوقوف وراء المخطط.")
    assert ("مراد كالكان", "الاستخبارات الإسرائيلية") in _dyads(text, "13")
    text = ("واتهم محافظ ذي قار مرتضى الشمري المحتجين بالاعتداء على المباني الحكومية، مؤكداً أن قوات "
            "الأمن «لن تسمح بتكرار ذلك».")
    assert not _dyads(text, "13")


def test_whose_sovereignty_a_violation_wrongs_is_not_criticised():
    # written for this test: «أنها «انتهاك صارخ … لسيادة اليمن»»; «ترفض أي مساس بسيادة الكويت» still supports
    text = ("وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن الغارات «انتهاك صارخ للقانون الدولي "
            "ولسيادة اليمن ووحدة أراضيه».")
    assert not any(t == "اليمن" for _, t in _dyads(text, "11"))


def test_standing_fully_beside_a_party_supports_it():
    # written for this test: «تقف بشكل كامل إلى جانب …», «تقف بقوة إلى جانب …»
    text = "وقالت المتحدثة باسم الخارجية الأميركية إن الولايات المتحدة «تقف بقوة إلى جانب إسرائيل»."
    assert {t for _, t in _dyads(text, "05")} == {"إسرائيل"}
    assert [st for _, _, st in matches(tokenize("إن مصر تقف بشكل كامل إلى جانب السودان"))] == ["support"]


def test_a_welcome_that_names_no_one_does_not_hide_the_support_said_after_it():
    # written for this test: «رحب … بنتائج الزيارة، مؤكداً … أن دول المجلس «تدعم بكل قوة وحدة سوريا»»
    text = ("ورحب الأمين العام لمجلس التعاون الخليجي جاسم البديوي بنتائج الزيارة، مؤكداً في بيان أن دول المجلس "
            "«تدعم بكل قوة وحدة سوريا وسيادتها على كامل أراضيها».")
    assert ("جاسم البديوي", "سوريا") in _dyads(text, "05")


def test_praising_a_states_role_or_mediation_supports_that_state():
    # written for this test: «تثمن الدور المصري», «تدعم بقوة الوساطة القطرية»
    text = "وقال المتحدث باسم الجامعة هشام الشريف في بيان إن الجامعة «تثمن الدور المصري في رأب الصدع»."
    assert ("هشام الشريف", "المصري") in _dyads(text, "05")


def test_calling_a_body_a_tool_in_anothers_hands_faults_that_body():
    # written for this test: «إن الاتحاد الأفريقي «بات أداة في يد قوى خارجية»»
    text = "وقال وزير الخارجية المالي عبد الله ديوب إن «الاتحاد الأفريقي بات أداة في يد قوى خارجية»."
    assert ("عبد الله ديوب", "الاتحاد الأفريقي") in _dyads(text, "11")


def test_condemning_attacks_on_civilians_faults_the_attacker_not_the_civilians():
    # written for this test: a drone strike told first, then «إن استهداف المدنيين «عمل مرفوض»»
    text = ("شنت طائرة مسيرة تركية غارة على قرية في ريف دهوك، ما أدى إلى مقتل ثلاثة مزارعين. "
            "وقال المتحدث باسم الحكومة العراقية باسم العوادي إن استهداف المدنيين «عمل مرفوض يخالف "
            "حسن الجوار».")
    faulted = {t for _, t in _dyads(text, "11")}
    assert "المدنيين" not in faulted
    assert any("تركي" in t for t in faulted)


def test_a_people_named_by_its_state_adjective_is_whom_support_is_for_and_future_support_is_intent():
    # written for this test
    assert ("عبد الله الراشد", "الشعب السوداني") in _dyads(
        "وقال وزير الخارجية الكويتي عبد الله الراشد إن بلاده «تقف إلى جانب الشعب السوداني».", "051")
    assert ("عبد الله الراشد", "الشعب السوداني") in _dyads(
        "وقال وزير الخارجية الكويتي عبد الله الراشد إن بلاده «ستقف إلى جانب الشعب السوداني».", "030")


def test_looking_to_relations_or_deepening_a_partnership_is_an_intent_toward_the_partner():
    # written for this test
    assert ("هاكان فيدان", "القاهرة") in _dyads(
        "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة «تتطلع إلى علاقات متينة مع القاهرة».", "030")
    assert ("هاكان فيدان", "القاهرة") in _dyads(
        "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة «ماضية في تعميق شراكتها مع القاهرة».", "030")


def test_a_campaign_to_silence_or_settling_scores_faults_the_party_the_statement_is_about():
    assert ("منظمة العفو الدولية", "السلطات الإيرانية") in _dyads(
        "وقالت منظمة العفو الدولية في تقرير إن السلطات الإيرانية «تخوض حملة ممنهجة ضد الصحافيين».", "11")
    assert ("حركة النهضة", "الحكومة التونسية") in _dyads(
        "ورأت حركة النهضة في بيان أن الحكومة التونسية «تستخدم القضاء لتصفية حسابات مع خصومها».", "11")


def test_whoever_a_statement_says_will_pay_the_price_is_threatened_and_no_price_is_praise():
    text = ("وهدد المتحدث باسم الفصيل أبو حسين الساعدي بأن «الوجود الفرنسي في المنطقة سيدفع ثمن هذا "
            "التدخل».")
    assert ("أبو حسين الساعدي", "الفرنسي") in _dyads(text, "13")
    assert not _dyads(text, "05")


def test_a_people_said_to_pay_the_price_by_its_own_senator_is_not_threatened():
    text = "وقال عضو مجلس الشيوخ، جون كينيدي، إن المواطنين الأمريكيين سيدفعون الثمن."
    assert not _dyads(text, "13")


def test_a_pledge_to_go_on_supporting_a_state_is_an_intent_toward_it():
    assert ("أحمد يلدز", "سوريا") in _dyads(
        "وقال وزير الطاقة التركي أحمد يلدز إن أنقرة «ستواصل دعم جهود إعادة البناء في سوريا بكل الوسائل».", "03")
