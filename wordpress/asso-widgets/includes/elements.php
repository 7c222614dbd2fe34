<?php
/**
 * The elements the plugin knows: their tag, shortcode, block and the
 * attributes a shortcode or a block may set, mirroring the elements' own
 * attributes (the `@property` declarations in src/<element>/<element>.component.ts).
 *
 * Attribute types:
 * - `url`    : an address, escaped with esc_url (http, https or a path on the site);
 * - `int`    : a whole number, clamped to `min`/`max` when given;
 * - `enum`   : one of `values`;
 * - `bool`   : present when true ("true", "1", "oui", "yes" or the bare name), absent otherwise;
 * - `string` : short text, escaped with esc_attr;
 * - `lang`   : a language tag ("fr", "en", "fr-FR").
 * `label` is what the block editor shows beside the control.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attributes every element has (the base class AssoElement).
 *
 * @return array<string, array<string, mixed>>
 */
function asso_widgets_common_attributes() {
	return array(
		'src'     => array(
			'type'  => 'url',
			'label' => __( 'Feed address (JSON)', 'asso-widgets' ),
		),
		'timeout' => array(
			'type'  => 'int',
			'min'   => 0,
			'label' => __( 'Time allowed to load the feed (ms)', 'asso-widgets' ),
		),
		'lang'    => array(
			'type'  => 'lang',
			'label' => __( 'Language (fr, en; empty: the page’s)', 'asso-widgets' ),
		),
	);
}

/**
 * The elements, by tag. Filter `asso_widgets_elements` to add one or to add attributes.
 *
 * @return array<string, array<string, mixed>>
 */
function asso_widgets_elements() {
	$heading_level = array(
		'type'  => 'int',
		'min'   => 1,
		'max'   => 6,
		'label' => __( 'Heading level', 'asso-widgets' ),
	);
	$elements      = array(
		'values-charter'        => array(
			'shortcode'  => 'values_charter',
			'title'      => __( 'Values charter', 'asso-widgets' ),
			'section'    => 'valeurs',
			'attributes' => array(
				'heading-level' => $heading_level,
				'layout'        => array(
					'type'   => 'enum',
					'values' => array( 'grid', 'list', 'accordion' ),
					'label'  => __( 'Layout', 'asso-widgets' ),
				),
				'group'         => array(
					'type'  => 'string',
					'label' => __( 'Only this group (id in valeurs.groupes)', 'asso-widgets' ),
				),
				'no-figures'    => array(
					'type'  => 'bool',
					'label' => __( 'Hide the key figures', 'asso-widgets' ),
				),
			),
		),
		'formation-catalogue'   => array(
			'shortcode'  => 'formation_catalogue',
			'title'      => __( 'Training catalogue', 'asso-widgets' ),
			'section'    => 'formations',
			'attributes' => array(
				'heading-level' => $heading_level,
				'reference'     => array(
					'type'  => 'string',
					'label' => __( 'Only this training (its reference)', 'asso-widgets' ),
				),
				'theme'         => array(
					'type'  => 'string',
					'label' => __( 'Preset theme filter', 'asso-widgets' ),
				),
				'upcoming-only' => array(
					'type'  => 'bool',
					'label' => __( 'Only trainings with upcoming sessions', 'asso-widgets' ),
				),
				'sort'          => array(
					'type'   => 'enum',
					'values' => array( 'date', 'titre', 'prix' ),
					'label'  => __( 'Sort', 'asso-widgets' ),
				),
				'today'         => array(
					'type'  => 'string',
					'label' => __( 'Today’s date (YYYY-MM-DD; empty: the real date)', 'asso-widgets' ),
				),
				'audit'         => array(
					'type'  => 'bool',
					'label' => __( 'Qualiopi audit (shows what each training still misses)', 'asso-widgets' ),
				),
				'no-url-state'  => array(
					'type'  => 'bool',
					'label' => __( 'Keep filters out of the page address', 'asso-widgets' ),
				),
				'url-prefix'    => array(
					'type'  => 'string',
					'label' => __( 'Prefix of the address parameters (two catalogues on one page)', 'asso-widgets' ),
				),
			),
		),
		'service-map'           => array(
			'shortcode'  => 'service_map',
			'title'      => __( 'Map of services', 'asso-widgets' ),
			'section'    => 'lieux',
			'attributes' => array(
				'heading'           => array(
					'type'  => 'string',
					'label' => __( 'Title above the map (empty: the default one)', 'asso-widgets' ),
				),
				'heading-level'     => $heading_level,
				'tiles'             => array(
					'type'  => 'string',
					'label' => __( 'Detailed background after the visitor’s consent: ign-plan, osm or an https address template (empty: none, no third party)', 'asso-widgets' ),
				),
				'tiles-attribution' => array(
					'type'  => 'string',
					'label' => __( 'Attribution of that background (address template only)', 'asso-widgets' ),
				),
				'kind'              => array(
					'type'  => 'string',
					'label' => __( 'Preset kind of place filter', 'asso-widgets' ),
				),
				'audience'          => array(
					'type'  => 'string',
					'label' => __( 'Preset audience filter', 'asso-widgets' ),
				),
				'theme'             => array(
					'type'  => 'string',
					'label' => __( 'Preset theme filter', 'asso-widgets' ),
				),
				'search'            => array(
					'type'  => 'string',
					'label' => __( 'Preset search (commune or postcode)', 'asso-widgets' ),
				),
				'place'             => array(
					'type'  => 'string',
					'label' => __( 'Place opened at first (its id in the feed)', 'asso-widgets' ),
				),
				'visible-only'      => array(
					'type'  => 'bool',
					'label' => __( 'List only the places in the map’s view (the visitor can change it)', 'asso-widgets' ),
				),
				'no-url-state'      => array(
					'type'  => 'bool',
					'label' => __( 'Keep filters out of the page address', 'asso-widgets' ),
				),
				'url-prefix'        => array(
					'type'  => 'string',
					'label' => __( 'Prefix of the address parameters (two maps, or a map and a catalogue, on one page)', 'asso-widgets' ),
				),
			),
		),
		'governance-organigram' => array(
			'shortcode'  => 'governance_organigram',
			'title'      => __( 'Governance organigram', 'asso-widgets' ),
			'section'    => 'gouvernance',
			'attributes' => array(
				'heading-level' => $heading_level,
				'layout'        => array(
					'type'   => 'enum',
					'values' => array( 'auto', 'chart', 'tree' ),
					'label'  => __( 'Layout', 'asso-widgets' ),
				),
				'open-levels'   => array(
					'type'  => 'int',
					'min'   => 0,
					'label' => __( 'Levels open at first (empty: all)', 'asso-widgets' ),
				),
				'no-search'     => array(
					'type'  => 'bool',
					'label' => __( 'Hide the search field', 'asso-widgets' ),
				),
				'no-download'   => array(
					'type'  => 'bool',
					'label' => __( 'Hide the download button', 'asso-widgets' ),
				),
			),
		),
	);
	// The feed first, the element's own attributes, then language and time-out.
	$common = asso_widgets_common_attributes();
	foreach ( $elements as $tag => $element ) {
		$elements[ $tag ]['attributes'] = array_merge( array( 'src' => $common['src'] ), $element['attributes'], array( 'lang' => $common['lang'], 'timeout' => $common['timeout'] ) );
	}
	/**
	 * Filters the elements the plugin registers shortcodes and blocks for.
	 *
	 * @param array $elements Definitions by tag name.
	 */
	return apply_filters( 'asso_widgets_elements', $elements );
}

/**
 * Every tag the plugin may print, `<asso-feed>` included.
 *
 * @return string[]
 */
function asso_widgets_tags() {
	return array_merge( array( 'asso-feed' ), array_keys( asso_widgets_elements() ) );
}
