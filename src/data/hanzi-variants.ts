/**
 * Traditional → simplified character pairs: frequent characters whose two scripts differ, used to
 * tell an article's script and to match lexicon entries written in either script.
 *
 * Coverage: 870 one-to-one pairs frequent in government and news text (districts, counties,
 * money and cooperation vocabulary). Characters whose traditional form is ambiguous
 * (乾/干/幹, 後/后, 餘/余 as the pronoun, 麵/面, 錶/表, 遊/游, 著/着, 葉/叶, 鬆/松, 裡/里, 復/複/复,
 * 髮/發/发, 係/系, 臺/台, 製/制) are left out so that no simplified text is changed by mistake;
 * 餘 is handled by the number lexicon, where it is unambiguous.
 *
 * Source: the General Standard Chinese Characters table (通用规范汉字表, 2013) and its
 * traditional-form appendix; pairs checked by hand.
 *
 * @module
 */

/** Traditional characters; the character at the same index of {@link SIMPLIFIED_CHARS} is its simplified form. */
export const TRADITIONAL_CHARS: string =
  '並亂亞來侖侶俠倉個們倫偉側偵偽傑備傭傳債傷傾僅僑僥價儀億儉償優儲兒內兩冊凍別刪則' +
  '剎剛創劃劇劍劑勁動務勝勞勢勳勵勸匯區協卻厭厲參呂員問啞啟喚喬單嗎嘆嘗噯噴噸嚇囉囑' +
  '國圍園圓圖團執堅堯報場塊塒塗塲塵墊墜墳墾壇壓壞壟壩壯壽夠夢夾奧奪奮妝姍娛婁婦媽嬰' +
  '孫學宮實寧審寫寬寵寶將專尋對導屍屜層屬島峽崗嶄嶺帥師帳帶幣幫庫廟廠廢廣廳張強彌彎' +
  '彥徑從徵徹恥悅悶惡惱愛態慘慚慣慫慮慶憂憊憐憑憤憲憶懇應懲懶懷懸懼懾戀戰戲戶拋捨掃' +
  '掛揀揚換揮損搖搗搶摟摯摻撈撐撣撥撫撿擁擄擇擊擋擔據擠擬擰擱擲擴擺擾攆攏攔攙攜攝攤' +
  '攪攬敗敘敵數斂斃斕斬斷時晉晝暈暢暫曇曉曠曬書會東條棄棗棟楊業極榮構槍樂樓標樣樹樺' +
  '橋機橢橫檔檢櫃欄權欖欞歐歡歲歷歸殘殲殺殼毀氈氣決沒況涇涼淚淨淵淺減測渾湊湯溝溫滅' +
  '滬滾滿漁漢漲漸漿潑潔潛潰澆澇澤濁濃濕濟濤濫濱濺濾瀏瀟瀨瀾灃灑灘灣災為烏無煉煙煥煩' +
  '熱燈燒營燦燭爍爐爛爭爺爾牆牽狹狽猶獅獎獨獲獵獸獻現瑪環瓊產甯畝畢畫異當瘋瘡瘧療癡' +
  '癢癱盞監盤盧眾睜矯碩確碼磚礎礙礦祕禍禮禿種稱積穩窮窯竅竊競筆筍節築簡簽糞糧糾紀約' +
  '紅紋納純紗紙級紛紡細紹終組結絕絡給統絹綁經綜綠維綱網綿緊緒線緣編緩練縣縮縱總績織' +
  '繞繩繪繭繳繼續纔纖罰罷羅羨義習翹聖聞聯聰聲聳聶職聽肅脅脈脫脹腦腫腳腸膚膠臘臨臺與' +
  '興舉舊艙艦艱芻莊華萊萬葦蒼蓋蓮蕪蕭薊薦薩藍藝藥藹蘇蘋蘭蘿處虛虜號虧蝕蟲蟻蠅蠻術衛' +
  '衝補裝褲襖襪襯襲見規視親覺覽觀觸訂計訊討訓記訝訟訪設許訴診詐評詞詢試詩話該詳誇認' +
  '誕語誠誤說誰課誼調談請諒論諧諸諾謀謄謊謙講謝謠謹證識譜譯議護譽讀變讓豈豐豬貓貝貞' +
  '負財貢貧貨販貪貫責貳貴買貸費貼貿賀資賊賓賜賞賠賢賣賦質賭賴賺購賽贈贊趕趙趨踐踴蹤' +
  '躍車軋軌軍軒軟較載輔輕輛輝輩輪輸輿轄轉轎轟辦農這連進運過達違遜遞遠適遲遷選遺遼邁' +
  '還邊邏郵鄉鄧鄭鄰醞醫醬釋針釣鈴鉛銀銜銷鋒鋪鋼錄錢錦錯鍋鍛鍵鎖鎭鎮鏈鏡鐘鐵鑄鑰鑽鑿' +
  '長門閃閉開閑間閣閥閱闖關陣陰陳陸陽隊階際隨險隱隴雖雙雛雜雞離難雲電霧霽靈靚靜鞏韋' +
  '韓響頁頂項順須預頑頒頓領頭頻顆題額顏願類顧顯風颳飄飛飢飯飲飼飽飾餅養館馬馳駐駕駛' +
  '騎騙驅驕驗驚髒體鬧魚魯鮮鳥鳳鳴鴨鵝鹽麗麥黃點黨黽齊齋齒齡龍龜';

/** Simplified counterparts of {@link TRADITIONAL_CHARS}, index for index. */
export const SIMPLIFIED_CHARS: string =
  '并乱亚来仑侣侠仓个们伦伟侧侦伪杰备佣传债伤倾仅侨侥价仪亿俭偿优储儿内两册冻别删则' +
  '刹刚创划剧剑剂劲动务胜劳势勋励劝汇区协却厌厉参吕员问哑启唤乔单吗叹尝嗳喷吨吓啰嘱' +
  '国围园圆图团执坚尧报场块埘涂场尘垫坠坟垦坛压坏垄坝壮寿够梦夹奥夺奋妆姗娱娄妇妈婴' +
  '孙学宫实宁审写宽宠宝将专寻对导尸屉层属岛峡岗崭岭帅师帐带币帮库庙厂废广厅张强弥弯' +
  '彦径从征彻耻悦闷恶恼爱态惨惭惯怂虑庆忧惫怜凭愤宪忆恳应惩懒怀悬惧慑恋战戏户抛舍扫' +
  '挂拣扬换挥损摇捣抢搂挚掺捞撑掸拨抚捡拥掳择击挡担据挤拟拧搁掷扩摆扰撵拢拦搀携摄摊' +
  '搅揽败叙敌数敛毙斓斩断时晋昼晕畅暂昙晓旷晒书会东条弃枣栋杨业极荣构枪乐楼标样树桦' +
  '桥机椭横档检柜栏权榄棂欧欢岁历归残歼杀壳毁毡气决没况泾凉泪净渊浅减测浑凑汤沟温灭' +
  '沪滚满渔汉涨渐浆泼洁潜溃浇涝泽浊浓湿济涛滥滨溅滤浏潇濑澜沣洒滩湾灾为乌无炼烟焕烦' +
  '热灯烧营灿烛烁炉烂争爷尔墙牵狭狈犹狮奖独获猎兽献现玛环琼产宁亩毕画异当疯疮疟疗痴' +
  '痒瘫盏监盘卢众睁矫硕确码砖础碍矿秘祸礼秃种称积稳穷窑窍窃竞笔笋节筑简签粪粮纠纪约' +
  '红纹纳纯纱纸级纷纺细绍终组结绝络给统绢绑经综绿维纲网绵紧绪线缘编缓练县缩纵总绩织' +
  '绕绳绘茧缴继续才纤罚罢罗羡义习翘圣闻联聪声耸聂职听肃胁脉脱胀脑肿脚肠肤胶腊临台与' +
  '兴举旧舱舰艰刍庄华莱万苇苍盖莲芜萧蓟荐萨蓝艺药蔼苏苹兰萝处虚虏号亏蚀虫蚁蝇蛮术卫' +
  '冲补装裤袄袜衬袭见规视亲觉览观触订计讯讨训记讶讼访设许诉诊诈评词询试诗话该详夸认' +
  '诞语诚误说谁课谊调谈请谅论谐诸诺谋誊谎谦讲谢谣谨证识谱译议护誉读变让岂丰猪猫贝贞' +
  '负财贡贫货贩贪贯责贰贵买贷费贴贸贺资贼宾赐赏赔贤卖赋质赌赖赚购赛赠赞赶赵趋践踊踪' +
  '跃车轧轨军轩软较载辅轻辆辉辈轮输舆辖转轿轰办农这连进运过达违逊递远适迟迁选遗辽迈' +
  '还边逻邮乡邓郑邻酝医酱释针钓铃铅银衔销锋铺钢录钱锦错锅锻键锁镇镇链镜钟铁铸钥钻凿' +
  '长门闪闭开闲间阁阀阅闯关阵阴陈陆阳队阶际随险隐陇虽双雏杂鸡离难云电雾霁灵靓静巩韦' +
  '韩响页顶项顺须预顽颁顿领头频颗题额颜愿类顾显风刮飘飞饥饭饮饲饱饰饼养馆马驰驻驾驶' +
  '骑骗驱骄验惊脏体闹鱼鲁鲜鸟凤鸣鸭鹅盐丽麦黄点党黾齐斋齿龄龙龟';

/**
 * Variant traditional forms (異體字) that are read as simplified but never written: converting to
 * traditional gives the standard form (镇 → 鎮, not 鎭).
 */
export const VARIANT_TRADITIONAL_CHARS: string = '鎭甯塲';

/** Simplified characters that traditional text uses too (台灣 beside 臺灣): they do not mark a text as simplified. */
export const SHARED_CHARS: string = '台';
