-- A database made by main on 2026-12-02, the last day of hand-written migrations: two documents and an administrator (admin@example.org, Fixture-Passw0rd).
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261121000000_Initial','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261122000000_Search','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261122100000_Backoffice','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261123000000_Media','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202000000_References','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261202100000_Changes','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261203000000_DropSqlSearch','10.0.15');
CREATE TABLE IF NOT EXISTS "documents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_documents" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "LatestVersion" INTEGER NOT NULL,
    "PublishedVersionId" INTEGER NULL,
    "ConcurrencyStamp" TEXT NOT NULL
, "Title" TEXT NOT NULL DEFAULT '', "Review" TEXT NULL, "ReviewNote" TEXT NULL, "DeletedUtc" TEXT NULL);
INSERT INTO documents VALUES(1,'brand','aksu-cotton','2026-12-02 07:05:07.3717903','2026-12-02 07:05:07.3717903',1,1,'2BF1FC40-2C2E-4058-B8A5-E4BA9C0DFBC9','阿克苏棉',NULL,NULL,NULL);
INSERT INTO documents VALUES(2,'product','aksu-cotton-bedding-set','2026-12-02 07:05:07.6130482','2026-12-02 07:05:07.6130482',1,2,'1E54DC53-E36B-4E04-AA85-9B2DECB27523','阿克苏长绒棉床品四件套',NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "document_versions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_document_versions" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Author" TEXT NOT NULL,
    "Fields" TEXT NOT NULL,
    CONSTRAINT "FK_document_versions_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
);
INSERT INTO document_versions VALUES(1,1,1,'2026-12-02 07:05:07.3717903','import','{"zh-CN":{"kind":"regional","company":"新疆阿克苏地区","cluster":"阿克苏纺织工业城","gallery":[],"related_products":["aksu-cotton-bedding-set"],"type":"brand","title":"阿克苏棉","slug":"aksu-cotton","summary":"新疆阿克苏地处塔里木盆地北缘，光照充足、昼夜温差大，是我国优质棉和长绒棉的重要产区，素有“中国长绒棉之乡”之称。","tags":["棉花","长绒棉","阿克苏","区域品牌"],"tasks":["design-brand","regional","supply-chain"],"region":{"province":"xinjiang","city":"阿克苏"},"published":"2024-10-15T10:00:00\u002B08:00","featured":false,"cover":"media/aksu-cotton.jpg","cover_alt":"蓝天、淡日与雪山下，绿色棉田成行延伸、点缀白色棉絮，前景有几株高大棉铃的扁平插图","seo_title":"阿克苏棉｜新疆阿克苏的优质棉与长绒棉区域品牌","seo_description":"阿克苏是新疆重要的产棉区和长绒棉产区，依托优质棉花资源，当地纺纱、织造和家纺服装产业不断延伸，形成从棉田到成品的产业链。","syndication":{"feeds":true,"wechat_digest":"天山南麓的阳光和雪水，孕育出纤维细长的阿克苏棉。从一朵棉花到一件成品，看南疆棉纺产业链的延伸。","video_caption":"天山雪水浇灌的棉田，长出细长柔软的好棉花。这是阿克苏棉的故事。","hashtags":["阿克苏棉","长绒棉","新疆棉"]},"body":"## 适合棉花生长的地方\n\n阿克苏地区位于天山南麓、塔里木盆地北缘，气候干燥、日照时间长、昼夜温差大，灌溉用水主要来自天山冰雪融水汇成的阿克苏河等河流。这样的条件有利于棉纤维充分生长和积累，使当地棉花以色泽洁白、纤维细长、强度较好而受到纺织企业青睐。阿克苏既种植占主体的细绒棉，也是我国长绒棉的主要产地，被称为“中国长绒棉之乡”。长绒棉纤维更长、更细，适合纺制高支纱线，常用于高档衬衫面料和床品。\n\n## 现代化的种植方式\n\n近些年，阿克苏的棉花生产普遍采用良种、地膜覆盖和膜下滴灌等技术，播种、植保和采收的机械化水平不断提高，节约了用水和人力，也让棉花质量更加稳定。从田间管理到轧花、检验，标准化程度的提升为下游纺织企业提供了更加可靠的原料。\n\n## 从棉田延伸到成品\n\n依托棉花资源，阿克苏建设了阿克苏纺织工业城（开发区），在浙江对口援疆等支持下引进纺纱、织造、针织、家纺和服装企业，推动产业链从“卖棉花”向“卖纱线、卖面料、卖成品”延伸，也为当地群众提供了大量就业岗位。这与本次活动提出的“支持中西部地区承接产业转移”“开展天然纤维应用和特色产品推广”相契合。2024年，活动框架下的服装行业“一带一路”对接交流活动在乌鲁木齐举办，新疆纺织服装产业与上下游企业的协作进一步加强。"},"en":{"kind":"regional","company":"Aksu Prefecture, Xinjiang","cluster":"Aksu Textile Industrial City","gallery":[],"related_products":["aksu-cotton-bedding-set"],"type":"brand","title":"Aksu Cotton","slug":"aksu-cotton","summary":"Aksu, on the northern edge of Xinjiang\u0027s Tarim Basin, has long sunny days and large day-night temperature swings; it is a key area for quality cotton and long-staple cotton, often called China\u0027s home of long-staple cotton.","tags":["cotton","long-staple cotton","Aksu","regional brand"],"tasks":["design-brand","regional","supply-chain"],"region":{"province":"xinjiang","city":"Aksu"},"published":"2024-10-15T10:00:00\u002B08:00","featured":false,"cover":"media/aksu-cotton.jpg","cover_alt":"Flat illustration of green cotton field rows dotted with white cotton stretching towards snow-capped mountains under a blue sky and pale sun, with large cotton bolls in the foreground","seo_title":"Aksu Cotton | Quality and long-staple cotton from Aksu, Xinjiang","seo_description":"Aksu is a major cotton and long-staple cotton area in Xinjiang, where spinning, weaving and home-textile industries now extend the chain from field to product.","syndication":{"feeds":true,"wechat_digest":"Sunshine and Tianshan snowmelt grow Aksu\u0027s long, fine cotton. Follow it from field to finished textiles.","video_caption":"Cotton fields watered by Tianshan snowmelt grow long, soft fibres. This is the story of Aksu cotton.","hashtags":["AksuCotton","LongStapleCotton","XinjiangCotton"]},"body":"## A place made for cotton\n\nAksu Prefecture lies at the southern foot of the Tianshan Mountains on the northern rim of the Tarim Basin. The climate is dry, the days are long and sunny, and nights are much cooler than days; irrigation water comes mainly from rivers such as the Aksu, fed by melting snow and glaciers. These conditions let cotton fibres grow fully, and local cotton is valued by spinners for its whiteness, long fine fibres and good strength. Aksu grows mostly fine-staple upland cotton but is also one of China\u0027s main sources of long-staple cotton, and is known as China\u0027s home of long-staple cotton. Long-staple fibres are longer and finer, suited to high-count yarns for premium shirting and bed linen.\n\n## Modern growing methods\n\nIn recent years cotton farming in Aksu has widely adopted improved varieties, plastic mulch and drip irrigation under the mulch, and mechanisation of sowing, crop protection and harvesting keeps rising. This saves water and labour and makes cotton quality more consistent. Greater standardisation from field management through ginning and testing gives textile mills downstream a more reliable raw material.\n\n## From the field to finished products\n\nBuilding on its cotton, Aksu has developed the Aksu Textile Industrial City (development zone) and, with support that includes Zhejiang\u0027s paired assistance programme for Xinjiang, has attracted spinning, weaving, knitting, home-textile and garment companies. The aim is to move from selling raw cotton to selling yarn, fabric and finished goods, creating many local jobs along the way. This fits the campaign\u0027s calls to help central and western regions take on industry moving inland and to promote natural fibres and distinctive regional products. In 2024 a Belt and Road exchange event for the garment industry, held in Urumqi as part of the campaign, further strengthened cooperation between Xinjiang\u0027s textile and apparel industry and partners up and down the chain."}}');
INSERT INTO document_versions VALUES(2,2,1,'2026-12-02 07:05:07.6130482','import','{"zh-CN":{"category":"home-textiles","brand":"aksu-cotton","materials":["新疆阿克苏长绒棉","精梳高支棉纱","活性染料"],"natural_fibre":true,"origin":"新疆阿克苏","certifications":["GB 18401 国家纺织产品基本安全技术规范","GB/T 22796 床上用品"],"gallery":[],"type":"product","title":"阿克苏长绒棉床品四件套","slug":"aksu-cotton-bedding-set","summary":"以新疆阿克苏长绒棉纺制的高支纱织成面料，做成被套、床单和枕套组成的四件套，手感细腻、透气亲肤。","tags":["长绒棉","床品四件套","阿克苏","天然纤维"],"tasks":["regional","supply-chain"],"region":{"province":"xinjiang","city":"阿克苏"},"published":"2024-12-03T10:00:00\u002B08:00","featured":true,"cover":"media/aksu-cotton-bedding-set.jpg","cover_alt":"浅蓝墙前的一张床，铺着白色与蓝色竖条纹床品，放有白色枕头、肉粉色靠枕和芥黄色毯子，床头柜上瓶插棉花枝的扁平插图","seo_title":"阿克苏长绒棉床品四件套｜从棉田到卧室","seo_description":"阿克苏长绒棉纤维细长，适合纺制高支纱线。用它织成的贡缎或平纹面料做成床品四件套，柔软细腻、透气亲肤，是新疆优质棉的代表性终端产品。","syndication":{"feeds":true,"wechat_digest":"纤维细长的阿克苏长绒棉，纺成高支纱、织成细密面料，最后铺上你的床。一套床品里的南疆棉花故事。","video_caption":"从阿克苏的棉田到你的卧室，一套长绒棉床品讲述好棉花的旅程。","hashtags":["长绒棉","阿克苏棉","床品四件套"]},"body":"## 好棉花做好床品\n\n床品四件套一般包括一只被套、一条床单（或床笠）和两只枕套，是家纺消费中最常见的品类之一。阿克苏是我国长绒棉的主要产区，长绒棉纤维比普通细绒棉更长、更细，能够纺出更细、更均匀、毛羽更少的高支纱线。用这样的纱线织成的面料表面平整、光泽柔和，贴身使用时细腻顺滑，并且透气吸湿，适合一年四季使用。\n\n## 从纱线到四件套\n\n长绒棉先经过精梳工序去除短纤维和杂质，再纺成高支纱。织造时，常见的组织有贡缎和平纹：贡缎面料浮线较长，光泽好、手感顺滑；平纹面料结构紧密，更加挺爽耐磨。织好的坯布经过退浆、漂白、染色或印花以及柔软整理，再裁剪缝制成各个单件。近年来，不少企业选择在新疆当地完成纺纱和织造，再与东部地区的设计、印染和品牌渠道协作，让产业链的分工更加合理。\n\n## 产品与活动的契合\n\n一套长绒棉床品把优质天然纤维、区域特色和终端消费连在一起，正是本次活动倡导的天然纤维应用和特色产品推广。消费者选购时可以查看吊牌上的纤维成分和执行标准，初次使用前宜先清洗一次；洗涤时避免使用含氯漂白剂，中性洗涤剂、低温洗涤有助于保持面料的光泽和柔软。"},"en":{"category":"home-textiles","brand":"aksu-cotton","materials":["Aksu long-staple cotton, Xinjiang","Combed high-count cotton yarn","Reactive dyes"],"natural_fibre":true,"origin":"Aksu, Xinjiang","certifications":["GB 18401 National general safety technical code for textile products","GB/T 22796 Bedding products"],"gallery":[],"type":"product","title":"Aksu Long-Staple Cotton Bedding Set","slug":"aksu-cotton-bedding-set","summary":"A four-piece set of duvet cover, sheet and pillowcases woven from high-count yarn spun from Aksu long-staple cotton; smooth, breathable and gentle on the skin.","tags":["long-staple cotton","bedding set","Aksu","natural fibre"],"tasks":["regional","supply-chain"],"region":{"province":"xinjiang","city":"Aksu"},"published":"2024-12-03T10:00:00\u002B08:00","featured":true,"cover":"media/aksu-cotton-bedding-set.jpg","cover_alt":"Flat illustration of a bed with blue and white striped bedding, white pillows, a peach cushion and a mustard blanket, beside a bedside table with a vase of cotton stems, against a pale blue wall","seo_title":"Aksu Long-Staple Cotton Bedding Set | From cotton field to bedroom","seo_description":"Aksu long-staple cotton has long, fine fibres ideal for high-count yarn. Woven into sateen or percale bedding, it feels smooth, soft and breathable.","syndication":{"feeds":true,"wechat_digest":"Long, fine Aksu cotton is spun, woven and laid on your bed: southern Xinjiang cotton in one bedding set.","video_caption":"From the cotton fields of Aksu to your bedroom, a long-staple cotton bedding set follows the journey of good cotton.","hashtags":["LongStapleCotton","AksuCotton","BeddingSet"]},"body":"## Good cotton, good bedding\n\nA four-piece bedding set usually means a duvet cover, a flat or fitted sheet and two pillowcases, one of the most popular home-textile purchases. Aksu is one of China\u0027s main long-staple cotton areas. Long-staple fibres are longer and finer than ordinary upland cotton, so they can be spun into finer, more even high-count yarns with less fuzz. Fabric woven from such yarn has a smooth surface and soft sheen, feels silky against the skin, and breathes and absorbs moisture well, making it comfortable all year round.\n\n## From yarn to bedding set\n\nThe cotton is first combed to remove short fibres and impurities and then spun into high-count yarn. It is commonly woven as sateen or plain weave: sateen has longer floats that give a lustrous, smooth hand, while plain weave is tighter, crisper and harder-wearing. The grey cloth is desized, bleached, dyed or printed and softened, then cut and sewn into the individual pieces. Increasingly, spinning and weaving are done in Xinjiang itself, while design, printing and brand channels in eastern China work alongside, giving the chain a more sensible division of labour.\n\n## Why it fits the campaign\n\nA long-staple cotton bedding set links a quality natural fibre, a regional speciality and everyday consumption, which is just the natural-fibre use and promotion of distinctive products the campaign calls for. When buying, check the label for fibre content and product standard, and wash the set once before first use. Avoid chlorine bleach; a neutral detergent and low wash temperatures help keep the fabric soft and lustrous."}}');
CREATE TABLE IF NOT EXISTS "published" (
    "DocumentId" INTEGER NOT NULL,
    "Culture" TEXT NOT NULL,
    "VersionId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "PublishedUtc" TEXT NOT NULL,
    "Featured" INTEGER NOT NULL,
    "IsFallback" INTEGER NOT NULL,
    "InFeeds" INTEGER NOT NULL,
    "Province" TEXT NULL,
    "Tasks" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "Facet" TEXT NULL,
    "Cover" TEXT NULL,
    "CoverAlt" TEXT NULL,
    "UpdatedUtc" TEXT NOT NULL,
    "Fields" TEXT NOT NULL,
    CONSTRAINT "PK_published" PRIMARY KEY ("DocumentId", "Culture"),
    CONSTRAINT "FK_published_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
);
INSERT INTO published VALUES(1,'en',1,'brand','aksu-cotton','Aksu Cotton','Aksu, on the northern edge of Xinjiang''s Tarim Basin, has long sunny days and large day-night temperature swings; it is a key area for quality cotton and long-staple cotton, often called China''s home of long-staple cotton.','2024-10-15 02:00:00',0,0,1,'xinjiang','|design-brand|regional|supply-chain|','|cotton|long-staple cotton|Aksu|regional brand|','regional','media/aksu-cotton.jpg','Flat illustration of green cotton field rows dotted with white cotton stretching towards snow-capped mountains under a blue sky and pale sun, with large cotton bolls in the foreground','2026-12-02 07:05:07.3717903','{"kind":"regional","company":"Aksu Prefecture, Xinjiang","cluster":"Aksu Textile Industrial City","gallery":[],"related_products":["aksu-cotton-bedding-set"],"type":"brand","title":"Aksu Cotton","slug":"aksu-cotton","summary":"Aksu, on the northern edge of Xinjiang\u0027s Tarim Basin, has long sunny days and large day-night temperature swings; it is a key area for quality cotton and long-staple cotton, often called China\u0027s home of long-staple cotton.","tags":["cotton","long-staple cotton","Aksu","regional brand"],"tasks":["design-brand","regional","supply-chain"],"region":{"province":"xinjiang","city":"Aksu"},"published":"2024-10-15T10:00:00+08:00","featured":false,"cover":"media/aksu-cotton.jpg","cover_alt":"Flat illustration of green cotton field rows dotted with white cotton stretching towards snow-capped mountains under a blue sky and pale sun, with large cotton bolls in the foreground","seo_title":"Aksu Cotton | Quality and long-staple cotton from Aksu, Xinjiang","seo_description":"Aksu is a major cotton and long-staple cotton area in Xinjiang, where spinning, weaving and home-textile industries now extend the chain from field to product.","syndication":{"feeds":true,"wechat_digest":"Sunshine and Tianshan snowmelt grow Aksu\u0027s long, fine cotton. Follow it from field to finished textiles.","video_caption":"Cotton fields watered by Tianshan snowmelt grow long, soft fibres. This is the story of Aksu cotton.","hashtags":["AksuCotton","LongStapleCotton","XinjiangCotton"]},"body":"## A place made for cotton\n\nAksu Prefecture lies at the southern foot of the Tianshan Mountains on the northern rim of the Tarim Basin. The climate is dry, the days are long and sunny, and nights are much cooler than days; irrigation water comes mainly from rivers such as the Aksu, fed by melting snow and glaciers. These conditions let cotton fibres grow fully, and local cotton is valued by spinners for its whiteness, long fine fibres and good strength. Aksu grows mostly fine-staple upland cotton but is also one of China\u0027s main sources of long-staple cotton, and is known as China\u0027s home of long-staple cotton. Long-staple fibres are longer and finer, suited to high-count yarns for premium shirting and bed linen.\n\n## Modern growing methods\n\nIn recent years cotton farming in Aksu has widely adopted improved varieties, plastic mulch and drip irrigation under the mulch, and mechanisation of sowing, crop protection and harvesting keeps rising. This saves water and labour and makes cotton quality more consistent. Greater standardisation from field management through ginning and testing gives textile mills downstream a more reliable raw material.\n\n## From the field to finished products\n\nBuilding on its cotton, Aksu has developed the Aksu Textile Industrial City (development zone) and, with support that includes Zhejiang\u0027s paired assistance programme for Xinjiang, has attracted spinning, weaving, knitting, home-textile and garment companies. The aim is to move from selling raw cotton to selling yarn, fabric and finished goods, creating many local jobs along the way. This fits the campaign\u0027s calls to help central and western regions take on industry moving inland and to promote natural fibres and distinctive regional products. In 2024 a Belt and Road exchange event for the garment industry, held in Urumqi as part of the campaign, further strengthened cooperation between Xinjiang\u0027s textile and apparel industry and partners up and down the chain."}');
INSERT INTO published VALUES(1,'zh-CN',1,'brand','aksu-cotton','阿克苏棉','新疆阿克苏地处塔里木盆地北缘，光照充足、昼夜温差大，是我国优质棉和长绒棉的重要产区，素有“中国长绒棉之乡”之称。','2024-10-15 02:00:00',0,0,1,'xinjiang','|design-brand|regional|supply-chain|','|棉花|长绒棉|阿克苏|区域品牌|','regional','media/aksu-cotton.jpg','蓝天、淡日与雪山下，绿色棉田成行延伸、点缀白色棉絮，前景有几株高大棉铃的扁平插图','2026-12-02 07:05:07.3717903','{"kind":"regional","company":"新疆阿克苏地区","cluster":"阿克苏纺织工业城","gallery":[],"related_products":["aksu-cotton-bedding-set"],"type":"brand","title":"阿克苏棉","slug":"aksu-cotton","summary":"新疆阿克苏地处塔里木盆地北缘，光照充足、昼夜温差大，是我国优质棉和长绒棉的重要产区，素有“中国长绒棉之乡”之称。","tags":["棉花","长绒棉","阿克苏","区域品牌"],"tasks":["design-brand","regional","supply-chain"],"region":{"province":"xinjiang","city":"阿克苏"},"published":"2024-10-15T10:00:00+08:00","featured":false,"cover":"media/aksu-cotton.jpg","cover_alt":"蓝天、淡日与雪山下，绿色棉田成行延伸、点缀白色棉絮，前景有几株高大棉铃的扁平插图","seo_title":"阿克苏棉｜新疆阿克苏的优质棉与长绒棉区域品牌","seo_description":"阿克苏是新疆重要的产棉区和长绒棉产区，依托优质棉花资源，当地纺纱、织造和家纺服装产业不断延伸，形成从棉田到成品的产业链。","syndication":{"feeds":true,"wechat_digest":"天山南麓的阳光和雪水，孕育出纤维细长的阿克苏棉。从一朵棉花到一件成品，看南疆棉纺产业链的延伸。","video_caption":"天山雪水浇灌的棉田，长出细长柔软的好棉花。这是阿克苏棉的故事。","hashtags":["阿克苏棉","长绒棉","新疆棉"]},"body":"## 适合棉花生长的地方\n\n阿克苏地区位于天山南麓、塔里木盆地北缘，气候干燥、日照时间长、昼夜温差大，灌溉用水主要来自天山冰雪融水汇成的阿克苏河等河流。这样的条件有利于棉纤维充分生长和积累，使当地棉花以色泽洁白、纤维细长、强度较好而受到纺织企业青睐。阿克苏既种植占主体的细绒棉，也是我国长绒棉的主要产地，被称为“中国长绒棉之乡”。长绒棉纤维更长、更细，适合纺制高支纱线，常用于高档衬衫面料和床品。\n\n## 现代化的种植方式\n\n近些年，阿克苏的棉花生产普遍采用良种、地膜覆盖和膜下滴灌等技术，播种、植保和采收的机械化水平不断提高，节约了用水和人力，也让棉花质量更加稳定。从田间管理到轧花、检验，标准化程度的提升为下游纺织企业提供了更加可靠的原料。\n\n## 从棉田延伸到成品\n\n依托棉花资源，阿克苏建设了阿克苏纺织工业城（开发区），在浙江对口援疆等支持下引进纺纱、织造、针织、家纺和服装企业，推动产业链从“卖棉花”向“卖纱线、卖面料、卖成品”延伸，也为当地群众提供了大量就业岗位。这与本次活动提出的“支持中西部地区承接产业转移”“开展天然纤维应用和特色产品推广”相契合。2024年，活动框架下的服装行业“一带一路”对接交流活动在乌鲁木齐举办，新疆纺织服装产业与上下游企业的协作进一步加强。"}');
INSERT INTO published VALUES(2,'en',2,'product','aksu-cotton-bedding-set','Aksu Long-Staple Cotton Bedding Set','A four-piece set of duvet cover, sheet and pillowcases woven from high-count yarn spun from Aksu long-staple cotton; smooth, breathable and gentle on the skin.','2024-12-03 02:00:00',1,0,1,'xinjiang','|regional|supply-chain|','|long-staple cotton|bedding set|Aksu|natural fibre|','home-textiles','media/aksu-cotton-bedding-set.jpg','Flat illustration of a bed with blue and white striped bedding, white pillows, a peach cushion and a mustard blanket, beside a bedside table with a vase of cotton stems, against a pale blue wall','2026-12-02 07:05:07.6130482','{"category":"home-textiles","brand":"aksu-cotton","materials":["Aksu long-staple cotton, Xinjiang","Combed high-count cotton yarn","Reactive dyes"],"natural_fibre":true,"origin":"Aksu, Xinjiang","certifications":["GB 18401 National general safety technical code for textile products","GB/T 22796 Bedding products"],"gallery":[],"type":"product","title":"Aksu Long-Staple Cotton Bedding Set","slug":"aksu-cotton-bedding-set","summary":"A four-piece set of duvet cover, sheet and pillowcases woven from high-count yarn spun from Aksu long-staple cotton; smooth, breathable and gentle on the skin.","tags":["long-staple cotton","bedding set","Aksu","natural fibre"],"tasks":["regional","supply-chain"],"region":{"province":"xinjiang","city":"Aksu"},"published":"2024-12-03T10:00:00+08:00","featured":true,"cover":"media/aksu-cotton-bedding-set.jpg","cover_alt":"Flat illustration of a bed with blue and white striped bedding, white pillows, a peach cushion and a mustard blanket, beside a bedside table with a vase of cotton stems, against a pale blue wall","seo_title":"Aksu Long-Staple Cotton Bedding Set | From cotton field to bedroom","seo_description":"Aksu long-staple cotton has long, fine fibres ideal for high-count yarn. Woven into sateen or percale bedding, it feels smooth, soft and breathable.","syndication":{"feeds":true,"wechat_digest":"Long, fine Aksu cotton is spun, woven and laid on your bed: southern Xinjiang cotton in one bedding set.","video_caption":"From the cotton fields of Aksu to your bedroom, a long-staple cotton bedding set follows the journey of good cotton.","hashtags":["LongStapleCotton","AksuCotton","BeddingSet"]},"body":"## Good cotton, good bedding\n\nA four-piece bedding set usually means a duvet cover, a flat or fitted sheet and two pillowcases, one of the most popular home-textile purchases. Aksu is one of China\u0027s main long-staple cotton areas. Long-staple fibres are longer and finer than ordinary upland cotton, so they can be spun into finer, more even high-count yarns with less fuzz. Fabric woven from such yarn has a smooth surface and soft sheen, feels silky against the skin, and breathes and absorbs moisture well, making it comfortable all year round.\n\n## From yarn to bedding set\n\nThe cotton is first combed to remove short fibres and impurities and then spun into high-count yarn. It is commonly woven as sateen or plain weave: sateen has longer floats that give a lustrous, smooth hand, while plain weave is tighter, crisper and harder-wearing. The grey cloth is desized, bleached, dyed or printed and softened, then cut and sewn into the individual pieces. Increasingly, spinning and weaving are done in Xinjiang itself, while design, printing and brand channels in eastern China work alongside, giving the chain a more sensible division of labour.\n\n## Why it fits the campaign\n\nA long-staple cotton bedding set links a quality natural fibre, a regional speciality and everyday consumption, which is just the natural-fibre use and promotion of distinctive products the campaign calls for. When buying, check the label for fibre content and product standard, and wash the set once before first use. Avoid chlorine bleach; a neutral detergent and low wash temperatures help keep the fabric soft and lustrous."}');
INSERT INTO published VALUES(2,'zh-CN',2,'product','aksu-cotton-bedding-set','阿克苏长绒棉床品四件套','以新疆阿克苏长绒棉纺制的高支纱织成面料，做成被套、床单和枕套组成的四件套，手感细腻、透气亲肤。','2024-12-03 02:00:00',1,0,1,'xinjiang','|regional|supply-chain|','|长绒棉|床品四件套|阿克苏|天然纤维|','home-textiles','media/aksu-cotton-bedding-set.jpg','浅蓝墙前的一张床，铺着白色与蓝色竖条纹床品，放有白色枕头、肉粉色靠枕和芥黄色毯子，床头柜上瓶插棉花枝的扁平插图','2026-12-02 07:05:07.6130482','{"category":"home-textiles","brand":"aksu-cotton","materials":["新疆阿克苏长绒棉","精梳高支棉纱","活性染料"],"natural_fibre":true,"origin":"新疆阿克苏","certifications":["GB 18401 国家纺织产品基本安全技术规范","GB/T 22796 床上用品"],"gallery":[],"type":"product","title":"阿克苏长绒棉床品四件套","slug":"aksu-cotton-bedding-set","summary":"以新疆阿克苏长绒棉纺制的高支纱织成面料，做成被套、床单和枕套组成的四件套，手感细腻、透气亲肤。","tags":["长绒棉","床品四件套","阿克苏","天然纤维"],"tasks":["regional","supply-chain"],"region":{"province":"xinjiang","city":"阿克苏"},"published":"2024-12-03T10:00:00+08:00","featured":true,"cover":"media/aksu-cotton-bedding-set.jpg","cover_alt":"浅蓝墙前的一张床，铺着白色与蓝色竖条纹床品，放有白色枕头、肉粉色靠枕和芥黄色毯子，床头柜上瓶插棉花枝的扁平插图","seo_title":"阿克苏长绒棉床品四件套｜从棉田到卧室","seo_description":"阿克苏长绒棉纤维细长，适合纺制高支纱线。用它织成的贡缎或平纹面料做成床品四件套，柔软细腻、透气亲肤，是新疆优质棉的代表性终端产品。","syndication":{"feeds":true,"wechat_digest":"纤维细长的阿克苏长绒棉，纺成高支纱、织成细密面料，最后铺上你的床。一套床品里的南疆棉花故事。","video_caption":"从阿克苏的棉田到你的卧室，一套长绒棉床品讲述好棉花的旅程。","hashtags":["长绒棉","阿克苏棉","床品四件套"]},"body":"## 好棉花做好床品\n\n床品四件套一般包括一只被套、一条床单（或床笠）和两只枕套，是家纺消费中最常见的品类之一。阿克苏是我国长绒棉的主要产区，长绒棉纤维比普通细绒棉更长、更细，能够纺出更细、更均匀、毛羽更少的高支纱线。用这样的纱线织成的面料表面平整、光泽柔和，贴身使用时细腻顺滑，并且透气吸湿，适合一年四季使用。\n\n## 从纱线到四件套\n\n长绒棉先经过精梳工序去除短纤维和杂质，再纺成高支纱。织造时，常见的组织有贡缎和平纹：贡缎面料浮线较长，光泽好、手感顺滑；平纹面料结构紧密，更加挺爽耐磨。织好的坯布经过退浆、漂白、染色或印花以及柔软整理，再裁剪缝制成各个单件。近年来，不少企业选择在新疆当地完成纺纱和织造，再与东部地区的设计、印染和品牌渠道协作，让产业链的分工更加合理。\n\n## 产品与活动的契合\n\n一套长绒棉床品把优质天然纤维、区域特色和终端消费连在一起，正是本次活动倡导的天然纤维应用和特色产品推广。消费者选购时可以查看吊牌上的纤维成分和执行标准，初次使用前宜先清洗一次；洗涤时避免使用含氯漂白剂，中性洗涤剂、低温洗涤有助于保持面料的光泽和柔软。"}');
CREATE TABLE IF NOT EXISTS "audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_log" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "User" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "DocumentId" INTEGER NULL,
    "Detail" TEXT NOT NULL
);
INSERT INTO audit_log VALUES(1,'2026-12-02 07:05:08.3826685','configuration','account.create',NULL,'admin@example.org as Administrator');
CREATE TABLE IF NOT EXISTS "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);
INSERT INTO data_protection_keys VALUES(1,'key-8d68f8d8-48ab-45c8-8c32-6c37c64c10fe','<key id="8d68f8d8-48ab-45c8-8c32-6c37c64c10fe" version="1"><creationDate>2026-12-02T07:05:07.6972107Z</creationDate><activationDate>2026-12-02T07:05:07.6972107Z</activationDate><expirationDate>2027-03-02T07:05:07.6972107Z</expirationDate><descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" /><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><!-- Warning: the key below is in an unencrypted form. --><value>oee/ZP5H11qBLi6Ty0/dS481zULWBfsXN5SnnMO9NfVUIAeytzi/wIpgNKaMMeOyJduJcYgBJHHSvMRKxv4ybQ==</value></masterKey></descriptor></descriptor></key>');
CREATE TABLE IF NOT EXISTS "leases" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_leases" PRIMARY KEY,
    "Holder" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL
);
INSERT INTO leases VALUES('changes-cleanup','vm/29052/f261fe8066fa43028ea196cf38e7a076','2026-12-02 09:05:07.0128954');
CREATE TABLE IF NOT EXISTS "roles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_roles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO roles VALUES('874aaf90-17af-4111-a28c-c72435c05938','Administrator','ADMINISTRATOR','f55f55dc-b56b-4375-8ef3-1d53e7f278f7');
INSERT INTO roles VALUES('b22db078-9099-4dea-939e-7b3dc04e4fe1','Editor','EDITOR','ce308878-84b9-4505-ac3e-595f20378c43');
INSERT INTO roles VALUES('ec2c0aa7-d883-419e-8c5e-aa5a7c248414','Writer','WRITER','91347d2b-3703-4bdf-806d-0b2e789cdb3d');
CREATE TABLE IF NOT EXISTS "users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_users" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "AllowedTypes" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
INSERT INTO users VALUES('9cacfcfc-287e-4c38-93f8-a81c4ccc70a0','Administrator',NULL,'2026-12-02 07:05:08.1990702','admin@example.org','ADMIN@EXAMPLE.ORG','admin@example.org','ADMIN@EXAMPLE.ORG',1,'AQAAAAIAAYagAAAAEF2WLBjxancB9baVzClES2u51nMhLV2jw01rn+fXpcA9e/u77o/Ge6E/xyQ7gB4sbg==','YNMZU5CSXX7JSHJFNL5KF3UJDB7ZFY5E','28555c00-9de6-4007-8f81-148f8b1743c6',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "redirects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_redirects" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "DocumentId" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_redirects_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "schedules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_schedules" PRIMARY KEY AUTOINCREMENT,
    "DocumentId" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "DueUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "DoneUtc" TEXT NULL,
    "Outcome" TEXT NULL,
    CONSTRAINT "FK_schedules_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "role_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_role_claims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_role_claims_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "user_claims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_user_claims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_user_claims_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "user_logins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_user_logins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_user_logins_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "user_roles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_user_roles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_user_roles_roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "roles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_user_roles_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);
INSERT INTO user_roles VALUES('9cacfcfc-287e-4c38-93f8-a81c4ccc70a0','874aaf90-17af-4111-a28c-c72435c05938');
CREATE TABLE IF NOT EXISTS "user_tokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_user_tokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_user_tokens_users_UserId" FOREIGN KEY ("UserId") REFERENCES "users" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "media" (
    "Path" TEXT NOT NULL CONSTRAINT "PK_media" PRIMARY KEY,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Width" INTEGER NULL,
    "Height" INTEGER NULL,
    "FocalX" REAL NOT NULL,
    "FocalY" REAL NOT NULL,
    "AltZh" TEXT NULL,
    "AltEn" TEXT NULL,
    "OriginalName" TEXT NULL,
    "UploadedBy" TEXT NULL,
    "VideoUrl" TEXT NULL,
    "DurationSeconds" INTEGER NULL,
    "PosterPath" TEXT NULL
);
INSERT INTO media VALUES('media/aksu-cotton-bedding-set.jpg','image/jpeg',34928,'97733afd8e068607eb279784c084b5947b682eda8876000df697ef5a282a18eb','2026-12-02 07:05:07.2582935','image',1200,675,0.5,0.5,'浅蓝墙前的一张床，铺着白色与蓝色竖条纹床品，放有白色枕头、肉粉色靠枕和芥黄色毯子，床头柜上瓶插棉花枝的扁平插图','Flat illustration of a bed with blue and white striped bedding, white pillows, a peach cushion and a mustard blanket, beside a bedside table with a vase of cotton stems, against a pale blue wall',NULL,NULL,NULL,NULL,NULL);
INSERT INTO media VALUES('media/aksu-cotton.jpg','image/jpeg',76000,'50f1fadf30fbae3216c6d42f52388e6af68964d4faf0e530acc2a3ab9745745f','2026-12-02 07:05:07.305506','image',1200,675,0.5,0.5,'蓝天、淡日与雪山下，绿色棉田成行延伸、点缀白色棉絮，前景有几株高大棉铃的扁平插图','Flat illustration of green cotton field rows dotted with white cotton stretching towards snow-capped mountains under a blue sky and pale sun, with large cotton bolls in the foreground',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "references" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_references" PRIMARY KEY AUTOINCREMENT,
    "VersionId" INTEGER NOT NULL,
    "DocumentId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Field" TEXT NOT NULL,
    CONSTRAINT "FK_references_document_versions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "document_versions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_references_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id")
);
INSERT INTO "references" VALUES(1,1,1,'media','media/aksu-cotton.jpg','cover');
INSERT INTO "references" VALUES(2,1,1,'document','product/aksu-cotton-bedding-set','related_products');
INSERT INTO "references" VALUES(3,2,2,'media','media/aksu-cotton-bedding-set.jpg','cover');
INSERT INTO "references" VALUES(4,2,2,'document','brand/aksu-cotton','brand');
CREATE TABLE IF NOT EXISTS "changes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_changes" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DocumentId" INTEGER NULL,
    "Type" TEXT NULL,
    "OldSlug" TEXT NULL,
    "NewSlug" TEXT NULL,
    "Cultures" TEXT NULL,
    "MediaPath" TEXT NULL
);
INSERT INTO changes VALUES(1,'2026-12-02 07:05:07.6197607','media-added',NULL,NULL,NULL,NULL,NULL,'media/aksu-cotton-bedding-set.jpg');
INSERT INTO changes VALUES(2,'2026-12-02 07:05:07.6197607','media-added',NULL,NULL,NULL,NULL,NULL,'media/aksu-cotton.jpg');
INSERT INTO changes VALUES(3,'2026-12-02 07:05:07.6197607','published',1,'brand',NULL,'aksu-cotton','zh-CN|en',NULL);
INSERT INTO changes VALUES(4,'2026-12-02 07:05:07.6197607','published',2,'product',NULL,'aksu-cotton-bedding-set','zh-CN|en',NULL);
CREATE TABLE IF NOT EXISTS "secrets" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_secrets" PRIMARY KEY,
    "Value" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL
);
INSERT INTO secrets VALUES('media-hmac','llwyILSfLxE20BnxjpHlf/cFtp7c2aohUqmA75EtcFU=','2026-12-02 07:05:12.0295303');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('documents',2);
INSERT INTO sqlite_sequence VALUES('document_versions',2);
INSERT INTO sqlite_sequence VALUES('references',4);
INSERT INTO sqlite_sequence VALUES('changes',4);
INSERT INTO sqlite_sequence VALUES('data_protection_keys',1);
INSERT INTO sqlite_sequence VALUES('audit_log',1);
CREATE UNIQUE INDEX "IX_document_versions_DocumentId_Number" ON "document_versions" ("DocumentId", "Number");
CREATE UNIQUE INDEX "IX_documents_Type_Slug" ON "documents" ("Type", "Slug");
CREATE INDEX "IX_published_Culture_PublishedUtc" ON "published" ("Culture", "PublishedUtc");
CREATE INDEX "IX_published_Culture_Type_PublishedUtc" ON "published" ("Culture", "Type", "PublishedUtc");
CREATE UNIQUE INDEX "IX_published_Culture_Type_Slug" ON "published" ("Culture", "Type", "Slug");
CREATE INDEX "IX_audit_log_AtUtc" ON "audit_log" ("AtUtc");
CREATE INDEX "IX_redirects_DocumentId" ON "redirects" ("DocumentId");
CREATE UNIQUE INDEX "IX_redirects_Type_Slug" ON "redirects" ("Type", "Slug");
CREATE INDEX "IX_role_claims_RoleId" ON "role_claims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "roles" ("NormalizedName");
CREATE INDEX "IX_schedules_DocumentId" ON "schedules" ("DocumentId");
CREATE INDEX "IX_schedules_DoneUtc_DueUtc" ON "schedules" ("DoneUtc", "DueUtc");
CREATE INDEX "IX_user_claims_UserId" ON "user_claims" ("UserId");
CREATE INDEX "IX_user_logins_UserId" ON "user_logins" ("UserId");
CREATE INDEX "IX_user_roles_RoleId" ON "user_roles" ("RoleId");
CREATE INDEX "EmailIndex" ON "users" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "users" ("NormalizedUserName");
CREATE INDEX "IX_media_Sha256" ON "media" ("Sha256");
CREATE INDEX "IX_references_DocumentId" ON "references" ("DocumentId");
CREATE INDEX "IX_references_Kind_Target" ON "references" ("Kind", "Target");
CREATE INDEX "IX_references_VersionId" ON "references" ("VersionId");
CREATE INDEX "IX_changes_AtUtc" ON "changes" ("AtUtc");
COMMIT;
