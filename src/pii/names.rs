//! Name data: given names and surnames with their frequency rank, and the
//! names that are also common English words.
//!
//! PLACEHOLDER: a small hand list so the name rules can be built and tested.
//! The `names` branch replaces this file with compiled census/SSA data behind
//! the same API.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What the name data says about a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameInfo {
    /// Rank among given names (1 = most common), if it is one.
    pub given_rank: Option<u32>,
    /// Rank among surnames (1 = most common), if it is one.
    pub surname_rank: Option<u32>,
    /// Whether it is also a common English word (Hope, Will, Brown).
    pub common_word: bool,
}

const GIVEN: &str = "zoe chloe james mary john patricia robert jennifer michael linda david elizabeth william barbara richard susan joseph jessica thomas sarah christopher karen charles lisa daniel nancy matthew betty anthony sandra mark margaret donald ashley steven kimberly andrew emily paul donna joshua michelle kenneth carol kevin amanda brian melissa george deborah timothy stephanie ronald rebecca jason sharon edward laura jeffrey cynthia ryan dorothy jacob amy gary kathleen nicholas angela eric shirley jonathan emma stephen brenda larry pamela justin nicole scott anna brandon samantha benjamin katherine samuel christine gregory debra alexander rachel patrick carolyn frank janet raymond maria jack heather dennis diane jerry olivia tyler julie aaron joyce jose victoria adam ruth nathan virginia henry lauren zachary kelly douglas christina peter joan kyle evelyn noah judith ethan andrea jeremy hannah christian megan walter cheryl keith jacqueline austin martha roger madison terry teresa sean gloria gerald sara carl janice dylan ann harold kathryn jordan abigail jesse sophia bryan frances lawrence jean arthur alice gabriel judy bruce isabella logan julia billy grace joe amber alan denise juan danielle elijah marilyn willie beverly albert charlotte wayne natalie randy theresa mason diana vincent brittany liam doris roy kayla bobby alexis caleb lori bradley tiffany russell marie lucas tina marcus tyrone deshawn jamal latoya keisha darnell shanice aaliyah malik imani jaylen trayvon dwayne tanisha lakisha ebony jose luis carlos miguel juan jorge pedro alejandro francisco javier guadalupe rosa carmen lupe yesenia alejandra xochitl maribel esperanza consuelo dolores socorro jesus raul ramon wei li ming jun hui xin mei nguyen thanh minh linh huong tuan anh duc hoa kim phuong mai lan oksana olena natalia svetlana tatiana iryna dmitri sergei vladimir yuri mykola andriy abdirahman abdi mohamed mohammed ahmed fatima amina hodan halima ayan omar hassan ali yusuf ibrahim khadija hamza kalani keanu leilani makana kai malia noelani ikaika tayshawn dakota cheyenne winona takoda aiyana chayton sequoia shilah tala priya rahul anjali deepak sanjay aisha zainab tamika jasmine destiny marquis deandre jaquan shaniqua tiana kiara trinity paisley jayden brayden kaden bentley ryder hunter colton wyatt brody maverick tanner dustin shawn travis cody chad wade dale duane clint bubba junior tonya misty crystal brandy candy amber shelby april june may hope faith grace will mark rose joy bill art sunny dawn autumn summer holly ivy iris pearl ruby violet lily daisy jade destiny miles cash king chance rich guy wolf sky rain storm river stone";

const SURNAMES: &str = "smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena richards contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada ortega watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison franklin carlson austin dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery oliver jensen harvey williamson gilbert dean sims espinoza howell li wong reid hanson le mccoy garrett burton fuller wang weber welch rojas lucas marquez fields park yang little banks padilla day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez newman pearson curtis cortez douglas schneider joseph barrett navarro figueroa keller avila wade molina stanley hopkins campos barnett bates chambers caldwell beck lambert miranda byrd craig ayala lowe frazier powers neal leonard gregory carrillo sutton fleming rhodes shelton schwartz norris jennings watts duran walters cohen mcdaniel moran parks steele vaughn becker holt deleon barker terry hale leon hail benson haynes horton miles lyons pham graves bush thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy love robles cervantes solis erickson reeves chang klein salinas fuentes baldwin daniel simon velasquez hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa dennis robbins liu ramsey francis griffith paul blair oconnor cardenas pacheco cross calderon quinn moss swanson chan rivas khan rodgers serrano fitzgerald rosales stevenson christensen manning gill curry mclaughlin harmon mcgee gross doyle garner newton burgess reese walton blake trujillo adkins brady goodman roman webster goodwin fischer huang potter delacruz montoya todd wu hines mullins castaneda malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe gallagher farmer hammond hampton townsend ingram wise gallegos clarke barton schroeder maxwell waters logan camacho strickland norman person colon parsons frank harrington glover osborne buchanan casey floyd patton ibarra ball tyler suarez bowers orozco salas cobb gibbs andrade bauer conner moody escobar mcguire lloyd mueller hartman french kramer mcbride pope lindsey velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva zamora pratt stokes owen ballard lang brock villarreal charles drake barrera cain patrick pineda burnett mercado santana shepherd bautista ali shaffer lamb trevino mckenzie hess beil olsen cochran morton nash wilkins petersen briggs shah roth nicholson holloway lozano rangel flowers hoover short arias mora valenzuela bryan meyers weiss underwood bass greer summers houston carson morrow clayton whitaker decker yoder collier zuniga carey wilcox melendez poole roberson larsen conley davenport copeland massey lam huff rocha cameron jefferson hood monroe anthony pittman huynh randall singleton kirk combs mathis christian skinner bradford richard galvan wall boone kirby wilkinson bridges bruce atkinson velez meza roy vincent york hodge villa abbott allison tapia gates chase sosa sweeney farrell wyatt dalton horn barron phelps yu dickerson heath foley atkins mathews bonilla acevedo benitez zavala hensley glenn cisneros harrell shields rubio huffman choi boyer garrison arroyo bond kane hancock callahan dillon cline wiggins grimes arellano melton oneill savage ho beltran pitts parrish ponce rich booth koch golden ware brennan mcdowell marks cantu humphrey baxter sawyer clay tanner hutchinson kaur berg wiley gilmore russo villegas hobbs keith wilkerson ahmed beard mcclain montes mata rosario vang walter henson oneal mosley mcclure beasley stephenson snow huerta preston vance barry johns eaton blackwell dyer prince macdonald solomon guevara stafford english hurst woodard cortes shannon kemp nolan mccullough merritt murillo moon salgado strong kline cordova barajas roach rosas winters jacobson lester knox bullock kerr leach meadows orr davila whitehead pruitt kent conway mckee barr david dejesus marin berger mcintyre blankenship gaines palacios cuevas bartlett durham dorsey mccall odonnell stein browning stout lowery sloan mclean hendricks calhoun sexton chung gentry hull duarte ellison nielsen gillespie buck middleton sellers leblanc esparza hardin bradshaw mcintosh howe livingston frost glass morse knapp herman stark bravo noble spears weeks corona frederick buckley mcfarland hebert enriquez hickman quintero randolph schaefer walls trejo house reilly pennington michael conrad giles benjamin crosby fitzpatrick donovan mays mahoney valentine raymond medrano hahn mcmillan small bentley felix peck lucero boyle hanna pace rush hurley harding mcconnell bernal nava ayers everett ventura avery pugh mayer bender shepard mcmahon landry case sampson moses magana blackburn dunlap gould duffy vaughan herring mckay espinosa rivers farley bernard ashley friedman potts truong costa correa blevins nixon clements fry delarosa best benton lugo portillo dougherty crane haley phan villalobos blanchard horne finley quintana lynn esquivel bean dodson mullen xiong hayden cano levy huber richmond moyer lim frye sheppard mccarty avalos booker waller parra woodward jaramillo krueger rasmussen brandt peralta donaldson stuart faulkner maynard galindo coffey estes sanford burch maddox vo oconnell vu andersen spence mcpherson church schmitt stanton leal cherry compton dudley sierra pollard alfaro hester proctor lu hinton novak good madden mccann terrell jarvis dickson reyna cantrell mayo branch hendrix rollins rowland whitney duke odom daugherty travis tang archer mohamed abdi hussein warsame farah yusuf osman shevchenko kovalenko bondarenko tkachenko petrov ivanov smirnov kuznetsov popov vasquez kahananui kealoha akana kamakana nakamura tanaka yamamoto watanabe suzuki sato pham hoang phan vu dang bui do ngo duong ly";

const COMMON: &str = "the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an will my one all would there their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us is was are were been has had did said made went got may might must shall should am being does done doing going gone very much more many such own same few too here where why while again ever never always often still yet already soon today tomorrow yesterday tonight morning afternoon evening night week month year weekend monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december spring summer fall autumn winter hope will grace faith mark rose joy bill art sunny dawn holly ivy iris pearl ruby violet lily daisy jade destiny miles cash king chance rich guy wolf sky rain storm river stone brown black white green gray grey young long short little small large big old best love hill wood woods ward price bell ford rice may moon snow lane park parks case banks dean rush street avenue road house home church school court bank hall field fields rivers stone stones day days page reed read hunter cook baker walker turner carter butler porter fisher gardner mason miller farmer taylor carpenter shepherd knight bishop pope prince noble strong wise sharp frank earnest just bright clay cross ball bush fox wolf bird crane drake swan lamb bass hart buck hunt chase storm frost winter summers north south east west client staff caseworker manager program housing shelter services service agency office intake assessment note notes plan goal goals appointment meeting phone call called text texted email voicemail message left right said says reports reported states stated shared disclosed denied agreed declined requested asked needs need wants want has have had is are was were will would can could should may might must did does done today yesterday tomorrow week month year morning afternoon evening night mom dad mother father son daughter brother sister aunt uncle cousin grandma grandpa wife husband boyfriend girlfriend partner friend kids kid child children baby family worker team case file form forms paperwork application benefits food bus rent deposit lease landlord apartment unit room bed van car truck dog cat money cash check card id license medical health mental doctor clinic hospital jail court probation parole police officer judge attorney lawyer job work employment income ssi ssdi snap tanf ebt va veteran youth adult senior elder also again after before during between through about above below under over near behind beside inside outside into onto upon within without across around along against among toward towards please thanks thank yes no ok okay not none some any every each all both either neither other another such same different new next last first second third final per via plus minus zero one two three four five six seven eight nine ten hundred thousand million hello hi dear sincerely regards follow up discussed provided referred referral resources support supportive transportation storage laundry shower meal meals clothing hygiene rapid rehousing permanent transitional emergency coordinated entry vi spdat spdat hmis cmis hud doc dshs medicaid medicare spokane washington idaho city county state valley downtown north south east west central community center mission gospel union catholic charities salvation army volunteers america goodwill walmart safeway costco target library park bridge river trail station plaza mall store market motel hotel inn camp camping tent sleeping staying living lives stays unsheltered homeless homelessness eviction evicted released discharged chronic chronically disabled disability veteran female male woman man women men boy girl person individual household head member members";

type Fast = crate::pii::context::FnvBuild;

struct Data {
    given: HashMap<&'static str, u32, Fast>,
    surname: HashMap<&'static str, u32, Fast>,
    common: std::collections::HashSet<&'static str, Fast>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut given = HashMap::default();
        for (r, w) in GIVEN.split_whitespace().enumerate() {
            given.entry(w).or_insert(r as u32 + 1);
        }
        let mut surname = HashMap::default();
        for (r, w) in SURNAMES.split_whitespace().enumerate() {
            surname.entry(w).or_insert(r as u32 + 1);
        }
        Data { given, surname, common: COMMON.split_whitespace().collect() }
    })
}

/// Lowercase, fold common accents and drop apostrophes (O'Brien -> obrien).
pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        let f = match c {
            'à'..='å' | 'À'..='Å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => 'a',
            'ç' | 'Ç' | 'ć' | 'č' => 'c',
            'è'..='ë' | 'È'..='Ë' | 'ē' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'ỉ' | 'ị' | 'ĩ' => 'i',
            'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
            'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'ō' | 'ő' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' | 'ụ' | 'ủ' | 'ư' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' | 'ũ' => 'u',
            'ý' | 'ÿ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
            'đ' | 'Đ' => 'd',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            '\'' => continue,
            c => {
                s.extend(c.to_lowercase());
                continue;
            }
        };
        s.push(f);
    }
    s
}

/// What the data says about `word` (case-insensitive, accents folded); `None`
/// when it is neither a given name nor a surname.
pub(crate) fn lookup(word: &str) -> Option<NameInfo> {
    let f = folded(word);
    let d = data();
    let given_rank = d.given.get(f.as_ref()).copied();
    let surname_rank = d.surname.get(f.as_ref()).copied();
    if given_rank.is_none() && surname_rank.is_none() {
        return None;
    }
    Some(NameInfo { given_rank, surname_rank, common_word: d.common.contains(f.as_ref()) })
}

/// Whether `word` is a common English word (case-insensitive).
pub(crate) fn is_common_word(word: &str) -> bool {
    data().common.contains(folded(word).as_ref())
}

/// `fold`, without allocating when the word is already folded.
fn folded(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}
