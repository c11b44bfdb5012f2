/**
 * First names the tagger often misses (it knows most English ones). A first name followed
 * by a capitalised word marks a person: "Petro Poroshenko", "Narendra Modi".
 */
export const FIRST_NAMES = new Set(
	`sergei sergey petro volodymyr vladimir mikhail dmitry dmitri dmitriy alexei alexey aleksei oleksandr
	oleksiy olena andriy andrii vitali vitaliy valery valeriy nikolai nikolay yevgeny evgeny yuri yury
	yulia yuliya tatiana tatyana svetlana natalia natalya anastasia ekaterina yekaterina irina olga
	ivan igor oleg viktor viktoria vasily arseniy arseny denys denis ruslan rustam ramzan kirill anatoly
	boris gennady leonid maxim maksim pavel roman stanislav taras bohdan mykola mykhailo kyrylo hanna
	kaha giorgi irakli levan mikheil zurab salome nino ilham nikol recep tayyip ahmet mehmet mustafa emre
	xi li wang zhang liu chen yang zhao huang zhou wu jinping keqiang shinzo fumio yoshihide hiroshi yuki
	takeshi haruki kenji akira narendra rahul sonia indira rishi sunak priti sajid imran nawaz benazir
	shehbaz mohammed muhammad mohamed ahmed ali hassan hussein abdel abdul abdullah omar khalid fatima
	aisha bashar hosni anwar ayman yahya ismail ebrahim hamid ashraf jens ursula olaf angela emmanuel
	giorgia mario matteo silvio sergio pedro javier carlos luiz inacio jair nicolas alberto cristina
	gustavo andres manuel lopez kylian erling novak rafael lionel cristiano zlatan luka jurgen pep
	mikel thierry zinedine arsene jacinda scott keir rishi liz theresa boris nicola humza kemi yvette
	max lewis sebastian charles fernando lando jacques francois marine jean pierre yves
	giuseppe luigi giovanni francesco antonio alessandro lorenzo volker friedrich annalena robert
	kamala mike nancy hillary chuck mitch ron nikki gavin ketanji sonia elon jeff mark sundar satya tim
	sam bill warren jerome janet christine mario kristalina ngozi antonio tedros jens mette magdalena
	ulf sanna alexander petteri viktor andrzej mateusz donald karol lech aleksandar edi milo`
		.split(/\s+/)
		.filter(Boolean)
);
